// DELIBERATELY INSECURE. Never import or ship this file: it exists only so that
// tests/integration/electronegativity.test.ts can prove the scan gate fails on a bad setup.
// Kept as .js outside electron/, so neither tsc (no allowJs) nor the app's own scan reads it.
const { app, BrowserWindow, shell, ipcMain } = require('electron');

app.commandLine.appendSwitch('ignore-certificate-errors');

app.on('certificate-error', (event, _webContents, _url, _error, _certificate, callback) => {
  event.preventDefault();
  callback(true); // accept any certificate
});

function createWindow() {
  const win = new BrowserWindow({
    width: 800,
    height: 600,
    webPreferences: {
      nodeIntegration: true,
      nodeIntegrationInWorker: true,
      contextIsolation: false,
      sandbox: false,
      webSecurity: false,
      allowRunningInsecureContent: true,
      experimentalFeatures: true,
      enableBlinkFeatures: 'ExecCommandInJavaScript',
      enableRemoteModule: true,
      webviewTag: true,
    },
  });
  win.loadURL('http://example.com/index.html');
  ipcMain.on('open', (_event, url) => shell.openExternal(url));
  ipcMain.on('run', (_event, code) => eval(code));
  return win;
}

app.whenReady().then(createWindow);
