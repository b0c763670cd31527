// The words of main's backup dialogs, in English and Spanish after the system language. The
// renderer has its own translations; these dialogs can appear before any window exists.
type Vars = Record<string, string>;
const fill = (text: string, vars: Vars) => text.replace(/\{(\w+)\}/g, (_m, k: string) => vars[k] ?? `{${k}}`);

const EN = {
  backUpNow: 'Back up now',
  restoreMenu: 'Restore a backup…',
  chooseBackup: 'Choose a backup to restore',
  backupFilter: 'Despacho backups',
  notABackup: 'That file is not one of Despacho’s backups',
  notABackupDetail: 'Choose a file inside the backups folder:\n{folder}',
  confirmRestore: 'Restore the backup of {date}?',
  confirmRestoreDetail:
    'Despacho first makes a backup of your current data, then replaces it with this backup ({name}). ' +
    'Anything entered after {date} will not be in the restored data; it stays in that new backup.',
  restore: 'Restore',
  cancel: 'Cancel',
  ok: 'OK',
  restored: 'The backup of {date} was restored.',
  restoredDetail: 'Your data as it was just before is kept in the backup {pre}.',
  restoredNoPre: 'The damaged data file was kept in the “damaged” folder beside it.',
  backedUp: 'Backup made.',
  backedUpDetail: '{name} ({size}) in\n{folder}',
  failed: 'That did not work',
  damagedTitle: 'Despacho’s data file is damaged',
  damaged: 'Your data file could not be read correctly, so Despacho did not use it and did not change it.',
  damagedWithBackup:
    'The latest good backup is from {date} ({name}). Restoring it puts that data back; anything entered after that date is not in it. ' +
    'The damaged file is kept in the “damaged” folder for support.\n\nData file: {file}',
  damagedNoBackup: 'No good backup was found. Keep the file and contact support.\n\nData file: {file}',
  restoreLatest: 'Restore the latest backup',
  quit: 'Quit',
  errors: {
    'backups.errors.damaged': 'The backup {name} is damaged and cannot be used. Your current data was not changed. Choose an older backup.',
    'backups.errors.notFound': 'That backup is no longer in the backups folder. Choose another one.',
    'backups.errors.badName': 'That file is not one of Despacho’s backups. Choose one from the backups folder.',
    'backups.errors.inUse': 'The data file is open in another Despacho window or in the browser harness. Close it, then try again. Nothing was changed.',
    'backups.errors.createFailed': 'The backup could not be made. Your data was not changed. Check that the disk has free space, then try again.',
    'backups.errors.reopenFailed': 'The backup could not be opened after restoring it. Your data of just before was put back.',
  } as Record<string, string>,
};

const ES: typeof EN = {
  backUpNow: 'Hacer una copia de seguridad ahora',
  restoreMenu: 'Restaurar una copia de seguridad…',
  chooseBackup: 'Elija la copia de seguridad que quiere restaurar',
  backupFilter: 'Copias de seguridad de Despacho',
  notABackup: 'Ese archivo no es una copia de seguridad de Despacho',
  notABackupDetail: 'Elija un archivo de la carpeta de copias de seguridad:\n{folder}',
  confirmRestore: '¿Restaurar la copia de seguridad del {date}?',
  confirmRestoreDetail:
    'Despacho hace primero una copia de seguridad de sus datos actuales y después los sustituye por esta copia ({name}). ' +
    'Lo que se haya introducido después del {date} no estará en los datos restaurados; queda en esa nueva copia.',
  restore: 'Restaurar',
  cancel: 'Cancelar',
  ok: 'Aceptar',
  restored: 'Se ha restaurado la copia de seguridad del {date}.',
  restoredDetail: 'Sus datos tal como estaban justo antes se guardan en la copia {pre}.',
  restoredNoPre: 'El archivo de datos dañado se ha guardado en la carpeta «damaged», a su lado.',
  backedUp: 'Copia de seguridad hecha.',
  backedUpDetail: '{name} ({size}) en\n{folder}',
  failed: 'No se ha podido hacer',
  damagedTitle: 'El archivo de datos de Despacho está dañado',
  damaged: 'Su archivo de datos no se ha podido leer correctamente, así que Despacho no lo ha usado ni lo ha modificado.',
  damagedWithBackup:
    'La última copia de seguridad buena es del {date} ({name}). Al restaurarla vuelven esos datos; lo introducido después de esa fecha no está en ella. ' +
    'El archivo dañado se guarda en la carpeta «damaged» para el servicio técnico.\n\nArchivo de datos: {file}',
  damagedNoBackup: 'No se ha encontrado ninguna copia de seguridad buena. Conserve el archivo y contacte con soporte.\n\nArchivo de datos: {file}',
  restoreLatest: 'Restaurar la última copia',
  quit: 'Salir',
  errors: {
    'backups.errors.damaged': 'La copia de seguridad {name} está dañada y no se puede usar. Sus datos actuales no se han modificado. Elija una copia anterior.',
    'backups.errors.notFound': 'Esa copia de seguridad ya no está en la carpeta de copias. Elija otra.',
    'backups.errors.badName': 'Ese archivo no es una copia de seguridad de Despacho. Elija una de la carpeta de copias.',
    'backups.errors.inUse':
      'El archivo de datos está abierto en otra ventana de Despacho o en el navegador de pruebas. Ciérrela e inténtelo de nuevo. No se ha modificado nada.',
    'backups.errors.createFailed':
      'No se ha podido hacer la copia de seguridad. Sus datos no se han modificado. Compruebe que queda espacio en el disco e inténtelo de nuevo.',
    'backups.errors.reopenFailed': 'La copia no se ha podido abrir después de restaurarla. Se han vuelto a poner sus datos de justo antes.',
  },
};

export type BackupText = Omit<typeof EN, 'errors'>;

export function backupMessages(locale: string) {
  const table = locale.toLowerCase().startsWith('es') ? ES : EN;
  return {
    t: (key: keyof BackupText, vars: Vars = {}) => fill(table[key], vars),
    /** The core's error in the user's language when we know its code, else its English text. */
    error: (code: string, english: string, vars: Vars = {}) => (table.errors[code] ? fill(table.errors[code], vars) : english),
    date: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso)),
    size: (bytes: number) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit: bytes >= 1048576 ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(
        bytes / (bytes >= 1048576 ? 1048576 : 1024),
      ),
  };
}
