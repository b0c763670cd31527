import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Kysely, type Migration, sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError, migrate, openDatabase } from '../../electron/core/db/connection';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { CORRECTIONS as CARRIER_LIMIT_CORRECTIONS } from '../../electron/core/db/migrations/2026-12-05T0910_carrier_limits';
import { cleanOrder } from '../unit/support/orders';
import { StartupError } from '../../electron/core/app';
import { call, startCore, tempRoot } from './support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

const open: Kysely<any>[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.destroy();
});

async function openDb(file: string, migrations?: Record<string, Migration>): Promise<Kysely<any>> {
  const db = (await openDatabase(file, migrations ? { migrations } : {})) as Kysely<any>;
  open.push(db);
  return db;
}

async function close(db: Kysely<any>) {
  open.splice(open.indexOf(db), 1);
  await db.destroy();
}

type MasterRow = { type: string; name: string; tbl_name: string; sql: string | null };

async function schemaOf(db: Kysely<any>): Promise<MasterRow[]> {
  return (await sql<MasterRow>`select type, name, tbl_name, sql from sqlite_master order by type, name`.execute(db)).rows;
}

async function userTables(db: Kysely<any>): Promise<string[]> {
  // pragma table_list tells ordinary tables from virtual ones (the search index) and their shadows.
  const rows = await sql<{
    name: string;
  }>`select name from pragma_table_list where schema = 'main' and type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by name`.execute(
    db,
  );
  return rows.rows.map((r) => r.name);
}

/** Every row of every table (migration bookkeeping included), for before/after comparisons. */
async function dataOf(db: Kysely<any>): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  const tables = await sql<{
    name: string;
  }>`select name from pragma_table_list where schema = 'main' and type = 'table' and name not like 'sqlite_%' order by name`.execute(db);
  for (const { name } of tables.rows) out[name] = (await sql`select * from ${sql.table(name)} order by rowid`.execute(db)).rows;
  return out;
}

const migrationNames = () => Object.keys(MIGRATIONS).sort();

describe('migrations', () => {
  it('a fresh file migrates to the latest version and has the app tables', async () => {
    const db = await openDb(join(tmp.next(), 'fresh.sqlite'));
    expect(await userTables(db)).toEqual([
      'audit_log',
      'carrier_services',
      'carriers',
      'clearance_outcomes',
      'company_profile',
      'contract_clauses',
      'customs_document_orders',
      'customs_documents',
      'customs_overrides',
      'declaration_filing_orders',
      'declaration_filings',
      'destination_rules',
      'document_series',
      'imports',
      'issued_numbers',
      'locations',
      'manifest_parcels',
      'manifests',
      'order_lines',
      'orders',
      'package_presets',
      'parcel_items',
      'parcels',
      'pick_list_lines',
      'pick_lists',
      'products',
      'returns',
      's10_ranges',
      'settings',
      'shipment_parcels',
      'shipments',
      'shipping_rules',
      'stock_movements',
      'transport_rules',
    ]);
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
    expect(applied.rows.map((r) => r.name)).toEqual(migrationNames());
    // The append-only triggers are part of the schema.
    const triggers = (await schemaOf(db)).filter((r) => r.type === 'trigger').map((r) => r.name);
    expect(triggers).toEqual(expect.arrayContaining(['audit_log_no_update', 'audit_log_no_delete', 'stock_movements_no_update', 'stock_movements_no_delete']));
  });

  it('re-opening is a no-op and keeps the data', async () => {
    const dir = tmp.next();
    const core = await startCore(dir);
    const { id } = await call(core, 'orders.create', { order: cleanOrder() });
    await call(core, 'settings.update', { language: 'es' });
    const before = { schema: await schemaOf(core.db), data: await dataOf(core.db) };
    await core.close();

    const again = await startCore(dir);
    try {
      expect(await schemaOf(again.db)).toEqual(before.schema);
      expect(await dataOf(again.db)).toEqual(before.data);
      expect((await call(again, 'orders.get', { id })).order.orderNumber).toBe('T-1001');
      expect(await call(again, 'settings.get', {})).toMatchObject({ language: 'es' });
    } finally {
      await again.close();
    }
  });

  // Generic upgrade test: for each migration N, a file at N-1 holding data is brought to the latest
  // version and keeps that data. With one migration today this starts from an empty file; every new
  // migration adds a case here by itself. If a migration is meant to TRANSFORM data, extend
  // `expectKept` for it rather than weakening the check.
  describe.each(migrationNames().map((name, i) => [name, i] as const))('upgrade to include %s', (name, index) => {
    it('keeps the rows written at the previous version', async () => {
      const names = migrationNames();
      const previous = Object.fromEntries(names.slice(0, index).map((n) => [n, MIGRATIONS[n]!]));
      const dir = tmp.next();
      const file = join(dir, 'despacho.sqlite');

      const db = await openDb(file, previous);
      await seedEveryTable(db);
      const seeded = await dataOf(db);
      await close(db);

      const upgraded = await openDb(file);
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(upgraded);
      expect(applied.rows.map((r) => r.name)).toEqual(names);
      expect(applied.rows.map((r) => r.name)).toContain(name);
      await expectKept(upgraded, seeded);
      await close(upgraded);
      // The upgraded file still works for the app: an order can be written and read back.
      const core = await startCore(dir);
      try {
        expect(core.dataFile).toBe(file);
        const { id } = await call(core, 'orders.create', { order: cleanOrder({ orderNumber: `UP-${index}` }) });
        expect((await call(core, 'orders.get', { id })).order.orderNumber).toBe(`UP-${index}`);
      } finally {
        await core.close();
      }
    });

    it('migrate() with the subset, then with all, equals migrating at once', async () => {
      const names = migrationNames();
      const previous = Object.fromEntries(names.slice(0, index).map((n) => [n, MIGRATIONS[n]!]));
      const stepwise = await openDb(join(tmp.next(), 'stepwise.sqlite'), previous);
      await migrate(stepwise, MIGRATIONS);
      const direct = await openDb(join(tmp.next(), 'direct.sqlite'));
      expect(await schemaOf(stepwise)).toEqual(await schemaOf(direct));
    });
  });

  it('the generic seeder fills every table of the current schema (so the upgrade test has data to keep)', async () => {
    const db = await openDb(join(tmp.next(), 'seed.sqlite'));
    const shipped = await dataOf(db);
    await seedEveryTable(db);
    const data = await dataOf(db);
    // One row more in every table; some tables come with rows of their own (the package presets).
    for (const table of await userTables(db)) expect(data[table], table).toHaveLength((shipped[table]?.length ?? 0) + 1);
    expect(data.order_lines![0]).toMatchObject({ order_id: (data.orders![0] as { id: number }).id });
  });

  it('a failing migration leaves the file exactly as it was and names the step', async () => {
    const dir = tmp.next();
    const core = await startCore(dir);
    await call(core, 'orders.create', { order: cleanOrder() });
    await call(core, 'orders.hold', { id: 1, reason: 'Waiting for the invoice' });
    await call(core, 'settings.update', { language: 'es' });
    const before = { schema: await schemaOf(core.db), data: await dataOf(core.db) };
    await core.close();

    const broken: Migration = {
      async up(db) {
        await db.schema.createTable('half_done').addColumn('id', 'integer').execute();
        await sql`insert into half_done (id) values (1)`.execute(db);
        await sql`update settings set value = 'xx'`.execute(db);
        await sql`alter table orders add column doomed text`.execute(db);
        throw new Error('disk says no');
      },
    };
    const failing = { ...MIGRATIONS, '9999-12-31T0000_broken': broken };
    const file = join(dir, 'despacho.sqlite');
    let caught: unknown;
    try {
      await openDb(file, failing);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(DatabaseOpenError);
    const e = caught as DatabaseOpenError;
    expect(e.userMessage).toContain('9999-12-31T0000_broken');
    expect(e.userMessage).toContain('disk says no');
    expect(e.userMessage).toContain('Nothing was changed');
    expect(e.message).toContain('9999-12-31T0000_broken');

    const after = await openDb(file);
    expect(await schemaOf(after)).toEqual(before.schema);
    expect(await dataOf(after)).toEqual(before.data);
  });

  it('a file written by a newer version (unknown migration applied) is refused and left as it was', async () => {
    const dir = tmp.next();
    const file = join(dir, 'despacho.sqlite');
    const future = await openDb(file, {
      ...MIGRATIONS,
      '9999-12-31T0000_future': { up: async (db) => void (await sql`create table future_t (id integer)`.execute(db)) },
    });
    const before = { schema: await schemaOf(future), data: await dataOf(future) };
    await close(future);

    await expect(openDb(file)).rejects.toBeInstanceOf(DatabaseOpenError);
    const err = await startCore(dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StartupError);
    expect((err as StartupError).userMessage).toMatch(/could not update its data file/);

    const check = await openDb(file, { ...MIGRATIONS, '9999-12-31T0000_future': { up: async () => undefined } });
    expect(await schemaOf(check)).toEqual(before.schema);
    expect(await dataOf(check)).toEqual(before.data);
  });

  it('a file that is not a database gives a StartupError for the user and is not overwritten', async () => {
    const dir = tmp.next();
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'despacho.sqlite');
    const garbage = 'this is not an SQLite database, it is a shopping list: eggs, milk\n'.repeat(100);
    writeFileSync(file, garbage);
    const err = await startCore(dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StartupError);
    expect((err as StartupError).userMessage).toContain(file);
    expect(readFileSync(file, 'utf8')).toBe(garbage);
  });

  it('a failing migration among several pending ones rolls back the good ones too', async () => {
    const names = migrationNames();
    const last = names[names.length - 1]!;
    const file = join(tmp.next(), 'partial.sqlite');
    const atPrevious = await openDb(file, Object.fromEntries(names.slice(0, -1).map((n) => [n, MIGRATIONS[n]!])));
    await seedEveryTable(atPrevious);
    const before = { schema: await schemaOf(atPrevious), data: await dataOf(atPrevious) };
    await close(atPrevious);

    const failing = { ...MIGRATIONS, '9999-12-31T0000_broken': { up: async () => Promise.reject(new Error('boom')) } };
    await expect(openDb(file, failing)).rejects.toBeInstanceOf(DatabaseOpenError);

    const check = await openDb(file, Object.fromEntries(names.slice(0, -1).map((n) => [n, MIGRATIONS[n]!])));
    expect(await schemaOf(check)).toEqual(before.schema);
    expect(await dataOf(check)).toEqual(before.data);
    const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(check);
    expect(applied.rows.map((r) => r.name)).not.toContain(last);
  });
});

// ---- generic seeding: one representative row per table, foreign keys pointing at seeded rows ----

interface Column {
  name: string;
  type: string;
  notnull: number;
  dflt_value: unknown;
  pk: number;
}
interface ForeignKey {
  table: string;
  from: string;
  to: string;
}

/**
 * Columns the generic value does not fit: a CHECK constraint would refuse it, or it is an integer
 * part of a composite key (skipped as if it were a rowid, then null).
 */
const CHECKED: Record<string, unknown> = {
  'contract_clauses.lang': 'en',
  'customs_documents.status': 'draft',
  'document_series.year': 2026,
  'declaration_filings.status': 'filed',
  'carriers.kind': 'postal',
  'shipments.chosen_by': 'rule',
  'shipments.status': 'booked',
  'clearance_outcomes.outcome': 'released',
  'clearance_outcomes.source': 'hand',
  'manifests.status': 'open',
  'returns.cause': 'cancelled',
  'returns.status': 'open',
};

async function seedEveryTable(db: Kysely<any>): Promise<void> {
  const tables = await userTables(db);
  const seededIds = new Map<string, number>();
  const pending = [...tables];
  // Parents first: keep going round until every table whose parents are seeded has been seeded.
  for (let guard = 0; pending.length > 0 && guard < 50; guard++) {
    for (const table of [...pending]) {
      const fks = (await sql<ForeignKey>`select "table", "from", "to" from pragma_foreign_key_list(${table})`.execute(db)).rows;
      if (fks.some((fk) => fk.table !== table && !seededIds.has(fk.table) && pending.includes(fk.table))) continue;
      const cols = (await sql<Column>`select name, type, "notnull", dflt_value, pk from pragma_table_info(${table})`.execute(db)).rows;
      const row: Record<string, unknown> = {};
      for (const c of cols) {
        const fk = fks.find((f) => f.from === c.name);
        if (`${table}.${c.name}` in CHECKED) row[c.name] = CHECKED[`${table}.${c.name}`];
        else if (fk) row[c.name] = seededIds.get(fk.table) ?? null;
        else if (c.pk && /int/i.test(c.type)) continue;
        else row[c.name] = /int/i.test(c.type) ? 7 : /real|floa|doub/i.test(c.type) ? 1.5 : `${table}.${c.name}`;
      }
      const result = await db.insertInto(table).values(row).executeTakeFirstOrThrow();
      seededIds.set(table, Number(result.insertId));
      pending.splice(pending.indexOf(table), 1);
    }
  }
  expect(pending).toEqual([]);
}

/**
 * Rows a later migration is meant to change, as it changes them: 2026-12-05T0910_carrier_limits
 * corrects a seeded carrier limit still holding its seeded value.
 */
function transformed(table: string, row: Record<string, unknown>, seeded: Record<string, unknown[]>): Record<string, unknown> {
  if (table !== 'carrier_services') return row;
  for (const c of CARRIER_LIMIT_CORRECTIONS) {
    const carrier = (seeded.carriers as { id: number; code: string }[] | undefined)?.find((r) => r.code === c.carrier);
    if (carrier && row.carrier_id === carrier.id && row.code === c.service && row[c.column] === c.seeded) return { ...row, [c.column]: c.corrected };
  }
  return row;
}

async function expectKept(db: Kysely<any>, seeded: Record<string, unknown[]>): Promise<void> {
  const now = await dataOf(db);
  for (const [table, rows] of Object.entries(seeded)) {
    if (table.startsWith('kysely_')) continue;
    expect(now[table], `table ${table} is still there`).toBeDefined();
    const kept = now[table]!;
    for (const seededRow of rows as Record<string, unknown>[]) {
      const row = transformed(table, seededRow, seeded);
      // Columns may have been added; every old column must still hold its old value.
      expect(kept).toContainEqual(expect.objectContaining(row));
    }
  }
}
