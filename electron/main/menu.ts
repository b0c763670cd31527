// The application menu: standard roles plus the backup actions, in English or Spanish after the system language.
import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { backupMessages } from './backupMessages';

const LABELS = {
  en: {
    file: 'File',
    quit: 'Quit Despacho',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    devTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Toggle Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close Window',
    help: 'Help',
    about: 'About Despacho',
  },
  es: {
    file: 'Archivo',
    quit: 'Salir de Despacho',
    edit: 'Edición',
    undo: 'Deshacer',
    redo: 'Rehacer',
    cut: 'Cortar',
    copy: 'Copiar',
    paste: 'Pegar',
    selectAll: 'Seleccionar todo',
    view: 'Ver',
    reload: 'Recargar',
    devTools: 'Herramientas de desarrollo',
    resetZoom: 'Tamaño real',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    fullScreen: 'Pantalla completa',
    window: 'Ventana',
    minimize: 'Minimizar',
    close: 'Cerrar ventana',
    help: 'Ayuda',
    about: 'Acerca de Despacho',
  },
} as const;

export interface MenuActions {
  backUpNow: () => void;
  restoreBackup: () => void;
}

export function buildMenu(actions: MenuActions): void {
  const t = app.getLocale().toLowerCase().startsWith('es') ? LABELS.es : LABELS.en;
  const b = backupMessages(app.getLocale()).t;
  // Reload and DevTools are for developers; a packaged app must not offer them to users.
  const developer: MenuItemConstructorOptions[] = app.isPackaged
    ? []
    : [{ role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.devTools }, { type: 'separator' }];

  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: t.file,
      submenu: [
        { label: b('backUpNow'), click: actions.backUpNow },
        { label: b('restoreMenu'), click: actions.restoreBackup },
        { type: 'separator' },
        { role: 'quit', label: t.quit },
      ],
    },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      label: t.view,
      submenu: [
        ...developer,
        { role: 'resetZoom', label: t.resetZoom },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t.fullScreen },
      ],
    },
    {
      label: t.window,
      submenu: [
        { role: 'minimize', label: t.minimize },
        { role: 'close', label: t.close },
      ],
    },
    { label: t.help, submenu: [{ role: 'about', label: t.about }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
