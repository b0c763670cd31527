// The File menu's "Back up now" and "Restore a backup…", and the question asked when the data
// file is found damaged at start-up. Every action goes through the core's API commands, so the
// renderer hears about it (tablesChanged) exactly as if it had asked itself.
import { app, dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { BackupInfo, BackupList, RestoreOutcome } from '../../shared/api/types';
import type { CoreApp, DamagedDatabaseError } from '../core/app';
import { backupNameFromPath } from './backupChoice';
import { backupMessages } from './backupMessages';

const messages = () => backupMessages(app.getLocale());

function box(win: BrowserWindow | null, options: MessageBoxOptions) {
  return win && !win.isDestroyed() ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
}

async function command<T>(core: CoreApp, win: BrowserWindow | null, name: string, input: unknown): Promise<T | null> {
  const envelope = await core.dispatch(name, input);
  if (envelope.ok) return envelope.value as T;
  const m = messages();
  const vars = Object.fromEntries(Object.entries(envelope.error.params ?? {}).map(([k, v]) => [k, String(v)]));
  await box(win, { type: 'error', message: m.t('failed'), detail: m.error(envelope.error.code, envelope.error.message, vars), buttons: [m.t('ok')] });
  return null;
}

export async function backUpNow(core: CoreApp, win: BrowserWindow | null): Promise<void> {
  const made = await command<BackupInfo>(core, win, 'backups.create', {});
  if (!made) return;
  const list = await command<BackupList>(core, win, 'backups.list', {});
  const m = messages();
  await box(win, {
    type: 'info',
    message: m.t('backedUp'),
    detail: m.t('backedUpDetail', { name: made.name, size: m.size(made.size), folder: list?.folder ?? '' }),
    buttons: [m.t('ok')],
  });
}

export async function restoreFromMenu(core: CoreApp, win: BrowserWindow | null): Promise<void> {
  const m = messages();
  const list = await command<BackupList>(core, win, 'backups.list', {});
  if (!list) return;
  const options = {
    title: m.t('chooseBackup'),
    defaultPath: list.folder,
    properties: ['openFile' as const],
    filters: [{ name: m.t('backupFilter'), extensions: ['sqlite'] }],
  };
  const picked = win && !win.isDestroyed() ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  if (picked.canceled || !picked.filePaths[0]) return;
  // The dialog only starts in the folder; what comes back must still be a backup inside it.
  const name = backupNameFromPath(picked.filePaths[0], list.folder);
  const backup = name ? list.backups.find((b) => b.name === name) : undefined;
  if (!backup) {
    await box(win, { type: 'warning', message: m.t('notABackup'), detail: m.t('notABackupDetail', { folder: list.folder }), buttons: [m.t('ok')] });
    return;
  }
  const date = m.date(backup.createdAt);
  const confirm = await box(win, {
    type: 'warning',
    message: m.t('confirmRestore', { date }),
    detail: m.t('confirmRestoreDetail', { date, name: backup.name }),
    buttons: [m.t('restore'), m.t('cancel')],
    defaultId: 1,
    cancelId: 1,
  });
  if (confirm.response !== 0) return;
  const outcome = await command<RestoreOutcome>(core, win, 'backups.restore', { name: backup.name });
  if (!outcome) return;
  await box(win, {
    type: 'info',
    message: m.t('restored', { date }),
    detail: outcome.preRestore ? m.t('restoredDetail', { pre: outcome.preRestore.name }) : m.t('restoredNoPre'),
    buttons: [m.t('ok')],
  });
}

/** Asked before any window exists. True when the user chose to restore the latest good backup. */
export async function askToRestoreDamaged(err: DamagedDatabaseError): Promise<boolean> {
  const m = messages();
  const latest = err.latestBackup;
  const detail = latest
    ? m.t('damagedWithBackup', { date: m.date(latest.createdAt), name: latest.name, file: err.file })
    : m.t('damagedNoBackup', { file: err.file });
  const buttons = latest ? [m.t('restoreLatest'), m.t('quit')] : [m.t('quit')];
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: m.t('damagedTitle'),
    message: m.t('damaged'),
    detail,
    buttons,
    defaultId: 0,
    cancelId: buttons.length - 1,
    noLink: true,
  });
  return latest !== null && response === 0;
}
