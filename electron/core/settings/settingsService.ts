// User settings kept in the database, so both the desktop app and the harness see the same ones.
import type { Kysely } from 'kysely';
import type { Settings } from '../../../shared/api/types';
import type { Db } from '../audit/auditRepository';
import type { DB } from '../db/schema';

const DEFAULTS: Settings = { language: 'en' };

export async function readSetting(db: Db, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function writeSetting(db: Db, key: string, value: string): Promise<void> {
  await db.insertInto('settings').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
}

export async function getSettings(db: Kysely<DB>): Promise<Settings> {
  const language = await readSetting(db, 'language');
  return { language: language === 'es' || language === 'en' ? language : DEFAULTS.language };
}

export async function updateSettings(db: Kysely<DB>, patch: Settings): Promise<Settings> {
  await writeSetting(db, 'language', patch.language);
  return getSettings(db);
}
