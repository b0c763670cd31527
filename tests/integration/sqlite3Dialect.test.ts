import { join } from 'node:path';
import { type Generated, type Kysely, sql } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection';
import { tempRoot } from './support/core';

interface Scratch {
  items: { id: Generated<number>; name: string; n: number; tag: string | null };
}

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

let db: Kysely<Scratch>;
let file: string;
const opened: Kysely<Scratch>[] = [];

beforeEach(async () => {
  file = join(tmp.next(), 'dialect.sqlite');
  db = (await openDatabase(file)) as unknown as Kysely<Scratch>;
  opened.push(db);
  await sql`create table items (id integer primary key autoincrement, name text not null unique, n integer not null, tag text)`.execute(db);
});

afterEach(async () => {
  for (const d of opened.splice(0)) await d.destroy();
});

const names = async () => (await db.selectFrom('items').select('name').orderBy('id').execute()).map((r) => r.name);

describe('sqlite3 dialect: statements', () => {
  it('insert reports insertId and the row count; select reads back', async () => {
    const first = await db.insertInto('items').values({ name: 'a', n: 1 }).executeTakeFirstOrThrow();
    expect(first.insertId).toBe(1n);
    expect(first.numInsertedOrUpdatedRows).toBe(1n);
    const many = await db
      .insertInto('items')
      .values([
        { name: 'b', n: 2 },
        { name: 'c', n: 3 },
        { name: 'd', n: 4 },
      ])
      .executeTakeFirstOrThrow();
    expect(many.insertId).toBe(4n);
    expect(many.numInsertedOrUpdatedRows).toBe(3n);
    const rows = await db.selectFrom('items').selectAll().where('n', '>=', 2).orderBy('n', 'desc').execute();
    expect(rows).toEqual([
      { id: 4, name: 'd', n: 4, tag: null },
      { id: 3, name: 'c', n: 3, tag: null },
      { id: 2, name: 'b', n: 2, tag: null },
    ]);
  });

  it('update and delete report how many rows they touched', async () => {
    await db
      .insertInto('items')
      .values([
        { name: 'a', n: 1 },
        { name: 'b', n: 2 },
        { name: 'c', n: 3 },
      ])
      .execute();
    const upd = await db.updateTable('items').set({ tag: 'odd' }).where('n', 'in', [1, 3]).executeTakeFirstOrThrow();
    expect(upd.numUpdatedRows).toBe(2n);
    const none = await db.updateTable('items').set({ tag: 'x' }).where('n', '=', 99).executeTakeFirstOrThrow();
    expect(none.numUpdatedRows).toBe(0n);
    const del = await db.deleteFrom('items').where('tag', '=', 'odd').executeTakeFirstOrThrow();
    expect(del.numDeletedRows).toBe(2n);
    expect(await names()).toEqual(['b']);
    // Raw statements go through the same path.
    const raw = await sql`delete from items`.execute(db);
    expect(raw.numAffectedRows).toBe(1n);
  });

  it('RETURNING gives rows back from insert, update and delete', async () => {
    const inserted = await db
      .insertInto('items')
      .values([
        { name: 'a', n: 1 },
        { name: 'b', n: 2 },
      ])
      .returning(['id', 'name'])
      .execute();
    expect(inserted).toEqual([
      { id: 1, name: 'a' },
      { id: 2, name: 'b' },
    ]);
    // SQLite returns RETURNING rows in no promised order; sort before comparing.
    const updated = await db
      .updateTable('items')
      .set((eb) => ({ n: eb('n', '*', 10) }))
      .returning(['name', 'n'])
      .execute();
    expect([...updated].sort((x, y) => x.name.localeCompare(y.name))).toEqual([
      { name: 'a', n: 10 },
      { name: 'b', n: 20 },
    ]);
    const deleted = await db.deleteFrom('items').where('name', '=', 'a').returning('id').executeTakeFirstOrThrow();
    expect(deleted).toEqual({ id: 1 });
  });

  it('passes parameters safely, including quotes and the word "returning"', async () => {
    const name = `O'Brien"; drop table items; -- returning`;
    const r = await db.insertInto('items').values({ name, n: 1 }).executeTakeFirstOrThrow();
    expect(r.insertId).toBe(1n);
    expect(await names()).toEqual([name]);
  });

  it('a constraint error rejects the query and the connection stays usable', async () => {
    await db.insertInto('items').values({ name: 'a', n: 1 }).execute();
    await expect(db.insertInto('items').values({ name: 'a', n: 2 }).execute()).rejects.toThrow(/UNIQUE constraint failed: items\.name/);
    await db.insertInto('items').values({ name: 'b', n: 2 }).execute();
    expect(await names()).toEqual(['a', 'b']);
  });

  it('streaming is refused with a clear message', async () => {
    const it = db.selectFrom('items').selectAll().stream();
    await expect(it.next()).rejects.toThrow(/not supported/);
    // The failed stream released the connection.
    await db.insertInto('items').values({ name: 'after', n: 1 }).execute();
    expect(await names()).toEqual(['after']);
  });
});

describe('sqlite3 dialect: transactions', () => {
  it('commits everything written in the callback', async () => {
    const result = await db.transaction().execute(async (trx) => {
      await trx.insertInto('items').values({ name: 'a', n: 1 }).execute();
      await trx.insertInto('items').values({ name: 'b', n: 2 }).execute();
      return trx
        .selectFrom('items')
        .select(sql<number>`count(*)`.as('c'))
        .executeTakeFirstOrThrow();
    });
    expect(result.c).toBe(2);
    expect(await names()).toEqual(['a', 'b']);
  });

  it('a throw inside rolls back every write, and the error reaches the caller', async () => {
    await db.insertInto('items').values({ name: 'before', n: 0 }).execute();
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('items').values({ name: 'a', n: 1 }).execute();
        await trx.updateTable('items').set({ n: 100 }).where('name', '=', 'before').execute();
        await trx.deleteFrom('items').where('name', '=', 'before').execute();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.selectFrom('items').select(['name', 'n']).execute()).toEqual([{ name: 'before', n: 0 }]);
  });

  it('a failing statement inside rolls back the earlier ones', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('items').values({ name: 'a', n: 1 }).execute();
        await trx.insertInto('items').values({ name: 'a', n: 2 }).execute();
      }),
    ).rejects.toThrow(/UNIQUE/);
    expect(await names()).toEqual([]);
    // And the next transaction starts cleanly (no "cannot start a transaction within a transaction").
    await db.transaction().execute((trx) => trx.insertInto('items').values({ name: 'ok', n: 1 }).execute());
    expect(await names()).toEqual(['ok']);
  });

  it('serialises concurrent callers: 50 parallel inserts beside transactions, all land, none interleave', async () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const singles = Array.from({ length: 50 }, (_, i) =>
      db
        .insertInto('items')
        .values({ name: `single-${i}`, n: i })
        .execute(),
    );
    const txA = db.transaction().execute(async (trx) => {
      for (let i = 0; i < 10; i++) {
        await trx
          .insertInto('items')
          .values({ name: `txA-${i}`, n: i })
          .execute();
        await sleep(1); // give every other caller the chance to slip in, if it could
      }
      return 'A';
    });
    const failing = db.transaction().execute(async (trx) => {
      await trx.insertInto('items').values({ name: 'txB-0', n: 0 }).execute();
      await sleep(2);
      throw new Error('B rolls back');
    });
    const txC = db.transaction().execute(async (trx) => {
      for (let i = 0; i < 5; i++)
        await trx
          .insertInto('items')
          .values({ name: `txC-${i}`, n: i })
          .execute();
      return 'C';
    });
    const reads = Array.from({ length: 10 }, () => db.selectFrom('items').select('id').execute());
    const results = await Promise.allSettled([...singles, txA, failing, txC, ...reads]);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected.map((r) => String(r.reason))).toEqual(['Error: B rolls back']);

    const rows = await db.selectFrom('items').select(['id', 'name']).orderBy('id').execute();
    expect(rows).toHaveLength(65);
    expect(rows.filter((r) => r.name.startsWith('single-'))).toHaveLength(50);
    expect(rows.some((r) => r.name.startsWith('txB'))).toBe(false);
    // Each transaction's rows are contiguous: nothing else ran on the connection meanwhile.
    for (const prefix of ['txA-', 'txC-']) {
      const positions = rows.map((r, i) => (r.name.startsWith(prefix) ? i : -1)).filter((i) => i >= 0);
      expect(positions[positions.length - 1]! - positions[0]!).toBe(positions.length - 1);
    }
  });

  it('two transactions asked for in the same tick run one after the other', async () => {
    // Two transactions requested in the same tick: the second waits for the first to commit.
    const order: string[] = [];
    await Promise.all(
      ['first', 'second'].map((label) =>
        db.transaction().execute(async (trx) => {
          order.push(`${label}:begin`);
          await trx.insertInto('items').values({ name: label, n: 1 }).execute();
          await new Promise((r) => setTimeout(r, 5));
          order.push(`${label}:end`);
        }),
      ),
    );
    expect(order).toEqual(['first:begin', 'first:end', 'second:begin', 'second:end']);
  });

  it('a second connection on the same file waits for the writer instead of failing with SQLITE_BUSY', async () => {
    const other = (await openDatabase(file)) as unknown as Kysely<Scratch>;
    opened.push(other);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let inside!: () => void;
    const started = new Promise<void>((r) => (inside = r));
    const writer = db.transaction().execute(async (trx) => {
      await trx.insertInto('items').values({ name: 'from-first', n: 1 }).execute();
      inside();
      await held;
    });
    await started;
    const waiting = other.insertInto('items').values({ name: 'from-second', n: 2 }).execute();
    setTimeout(release, 200);
    await Promise.all([writer, waiting]);
    expect(await names()).toEqual(['from-first', 'from-second']);
  });
});

describe('sqlite3 dialect: connection settings', () => {
  it('WAL journal, foreign keys on, synchronous FULL, a busy timeout', async () => {
    const one = async (pragma: string) => Object.values((await sql.raw(`pragma ${pragma}`).execute(db)).rows[0] as object)[0];
    expect(await one('journal_mode')).toBe('wal');
    expect(await one('foreign_keys')).toBe(1);
    expect(await one('synchronous')).toBe(2);
    expect(await one('busy_timeout')).toBe(5000);
  });

  it('foreign keys are enforced', async () => {
    await sql`create table parent (id integer primary key)`.execute(db);
    await sql`create table child (id integer primary key, parent_id integer not null references parent(id))`.execute(db);
    await expect(sql`insert into child (parent_id) values (42)`.execute(db)).rejects.toThrow(/FOREIGN KEY constraint failed/);
  });
});
