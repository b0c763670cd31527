// Package presets (the boxes and bags on the bench) and the weighing tolerance setting.
import type { Kysely } from 'kysely';
import type { PackagePreset, PackingSettings } from '../../../shared/api/contracts/packing';
import { canonical } from '../../../shared/domain/money';
import { DEFAULT_TOLERANCE_PERCENT, type PresetInput } from '../../../shared/schemas/packing';
import { AppError, notFound } from '../api/errors';
import type { Db } from '../audit/auditRepository';
import type { DB } from '../db/schema';
import { readSetting, writeSetting } from '../settings/settingsService';
import type { PresetRow } from './tables';

const TOLERANCE_KEY = 'packing.tolerancePercent';

export function toPreset(r: PresetRow): PackagePreset {
  return { id: r.id, name: r.name, lengthCm: r.length_cm, widthCm: r.width_cm, heightCm: r.height_cm, tareKg: r.tare_kg, maxKg: r.max_kg };
}

export async function listPresets(db: Db): Promise<PackagePreset[]> {
  const rows = await db.selectFrom('package_presets').selectAll().where('active', '=', 1).orderBy('name').execute();
  return rows.map(toPreset);
}

export async function findPreset(db: Db, id: number): Promise<PresetRow> {
  const row = await db.selectFrom('package_presets').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.active !== 1) throw notFound('Package preset', id);
  return row;
}

export async function savePreset(db: Kysely<DB>, input: Required<Omit<PresetInput, 'id'>> & { id?: number }): Promise<PackagePreset> {
  // Canonical text, so "30.0" and "30" are one size on every document.
  const values = {
    name: input.name,
    length_cm: canonical(input.lengthCm),
    width_cm: canonical(input.widthCm),
    height_cm: canonical(input.heightCm),
    tare_kg: canonical(input.tareKg),
    max_kg: canonical(input.maxKg),
  };
  try {
    return await db.transaction().execute(async (trx) => {
      if (input.id !== undefined) {
        await findPreset(trx, input.id);
        // Parcels keep their own copy of the dimensions, so editing a preset never rewrites a packed parcel.
        await trx.updateTable('package_presets').set(values).where('id', '=', input.id).execute();
        return toPreset(await findPreset(trx, input.id));
      }
      const { id } = await trx.insertInto('package_presets').values(values).returning('id').executeTakeFirstOrThrow();
      return toPreset(await findPreset(trx, id));
    });
  } catch (err) {
    if (err instanceof Error && /UNIQUE constraint failed: package_presets\.name/.test(err.message)) {
      throw new AppError('packing.errors.duplicatePreset', `There is already a package called "${input.name}". Choose another name.`, { name: input.name });
    }
    throw err;
  }
}

export async function readTolerance(db: Db): Promise<string> {
  return (await readSetting(db, TOLERANCE_KEY)) ?? DEFAULT_TOLERANCE_PERCENT;
}

export async function getPackingSettings(db: Db): Promise<PackingSettings> {
  return { tolerancePercent: await readTolerance(db) };
}

export async function updatePackingSettings(db: Db, input: PackingSettings): Promise<PackingSettings> {
  await writeSetting(db, TOLERANCE_KEY, canonical(input.tolerancePercent));
  return getPackingSettings(db);
}
