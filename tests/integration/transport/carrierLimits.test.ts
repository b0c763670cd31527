// The seeded carriers' limits as corrected after checking public sources
// (electron/core/db/migrations/2026-12-05T0910_carrier_limits.ts): a figure still as seeded is
// corrected, a figure the user set is kept, and the checked figures stay as they were.
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Kysely, Migration } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import type { DB } from '../../../electron/core/db/schema';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { tempRoot } from '../support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

const BEFORE: Record<string, Migration> = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '2026-12-05T0910'));

async function limits(db: Kysely<DB>): Promise<Record<string, [string, string, string]>> {
  const rows = await db
    .selectFrom('carrier_services as s')
    .innerJoin('carriers as c', 'c.id', 's.carrier_id')
    .select(['c.code as carrier', 's.code', 's.max_parcel_kg', 's.max_length_cm', 's.max_length_girth_cm'])
    .execute();
  return Object.fromEntries(rows.map((r) => [`${r.carrier}/${r.code}`, [r.max_parcel_kg, r.max_length_cm, r.max_length_girth_cm]]));
}

async function fileAt(migrations?: Record<string, Migration>): Promise<{ file: string; db: Kysely<DB> }> {
  const dir = tmp.next();
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'despacho.sqlite');
  return { file, db: await openDatabase(file, migrations ? { migrations } : {}) };
}

describe('the seeded carrier limits', () => {
  it('a new file has Correos EMS at 105 cm, the checked limits unchanged', async () => {
    const { db } = await fileAt();
    expect(await limits(db)).toEqual({
      'CORREOS/RR': ['2', '60', ''],
      'CORREOS/UX': ['2', '60', ''],
      'CORREOS/CP': ['30', '150', '300'],
      'CORREOS/EE': ['30', '105', '300'],
      'DHL/WPX': ['70', '120', ''],
      'UPS/SAVER': ['70', '274', '400'],
      'FEDEX/IP': ['68', '274', '330'],
    });
    await db.destroy();
  });

  it('an upgrade corrects the seeded figure but keeps one the user set', async () => {
    for (const [set, expected] of [
      [null, '105'],
      ['120', '120'],
    ] as const) {
      const old = await fileAt(BEFORE);
      if (set) await old.db.updateTable('carrier_services').set({ max_length_cm: set }).where('code', '=', 'EE').execute();
      await old.db.destroy();
      const db = await openDatabase(old.file);
      expect((await limits(db))['CORREOS/EE']![1]).toBe(expected);
      await db.destroy();
    }
  });
});
