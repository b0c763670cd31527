// User settings kept in the database, so both the desktop app and the harness see the same ones.
import type { Settings, SettingsPatch } from '../../../shared/api/types';
import type { Db } from '../audit/auditRepository';

const ACTOR_KEY = 'actor';

export async function readSetting(db: Db, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function writeSetting(db: Db, key: string, value: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** The name written on every change: the one the person gave, or else the operating-system user's. */
export async function actorName(db: Db, osUser: string): Promise<string> {
  return (await readSetting(db, ACTOR_KEY)) || osUser;
}

export async function getSettings(db: Db, osUser: string): Promise<Settings> {
  const language = await readSetting(db, 'language');
  const actor = await readSetting(db, ACTOR_KEY);
  return {
    language: language === 'es' || language === 'en' ? language : 'en',
    actor: actor || osUser,
    // Asked once on first start: until the person confirms a name, the window asks for it.
    actorConfirmed: actor !== undefined && actor !== '',
  };
}

export async function updateSettings(db: Db, patch: SettingsPatch, osUser: string): Promise<Settings> {
  if (patch.language) await writeSetting(db, 'language', patch.language);
  if (patch.actor !== undefined) await writeSetting(db, ACTOR_KEY, patch.actor);
  return getSettings(db, osUser);
}
