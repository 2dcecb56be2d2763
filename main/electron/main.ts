import { fr } from './fr';
import { app, BrowserWindow, dialog, Menu, session, shell, type WebContents } from 'electron';
import { join } from 'node:path';
import { createMemoireBackend, type MemoireBackend } from '../../core/services/memoire-backend';
import { memoireFileFromArgv } from '../../core/app/window-state';
import { registerAppScheme, serveRenderer, isAppUrl } from './app-protocol';
import { createMainWindow, windowStateFile } from './create-main-window';
import { registerApiIpc, sendApiEvent } from './ipc';
import { buildAppMenu } from './menu';
import { electronPlatform } from './electron-platform';
import { electronSqliteBinding, fontsPath, resourcePath } from './paths';
import { workerDraftReader } from '../shared/draft-reader';

let mainWindow: BrowserWindow | null = null;
let backend: MemoireBackend | null = null;
/** A file asked for before the window could receive it (double-click at launch, macOS open-file). */
let pendingFile: string | null = memoireFileFromArgv(process.argv);

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // Another instance runs: it receives our argv through 'second-instance' and opens the file.
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    const file = memoireFileFromArgv(argv);
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
      if (file) sendApiEvent(mainWindow.webContents, 'file.open', { path: file });
    }
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (mainWindow && !mainWindow.webContents.isLoading()) sendApiEvent(mainWindow.webContents, 'file.open', { path });
    else pendingFile = path;
  });
  app.whenReady().then(start, (error) => {
    dialog.showErrorBox(fr.appName, fr.startupFailed(String(error)));
    app.quit();
  });
}

function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links in the mémoire open in the user's browser, and only web or mail links.
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'https:' || parsed.protocol === 'http:' || parsed.protocol === 'mailto:') void shell.openExternal(parsed.toString());
    } catch {
      // not a URL: ignore
    }
    return { action: 'deny' };
  });
}

async function start(): Promise<void> {
  const binding = electronSqliteBinding();
  if (!binding) {
    dialog.showErrorBox(fr.appName, fr.sqliteMissing);
    app.quit();
    return;
  }
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  serveRenderer(resourcePath('dist', 'renderer'));

  backend = createMemoireBackend(
    {
      templatesDir: resourcePath('templates'),
      fontsDir: fontsPath(),
      dataDir: app.getPath('userData'),
      appVersion: app.getVersion(),
      nativeBinding: binding,
      readDraft: workerDraftReader(),
    },
    electronPlatform(() => mainWindow),
  );
  registerApiIpc(backend.handlers, (wc) => !!mainWindow && wc === mainWindow.webContents);

  const sendMenu = (command: Parameters<Parameters<typeof buildAppMenu>[0]>[0]) => {
    if (mainWindow) sendApiEvent(mainWindow.webContents, 'menu.command', command);
  };
  Menu.setApplicationMenu(buildAppMenu(sendMenu, !app.isPackaged));

  const openWindow = () => {
    mainWindow = createMainWindow({ preloadPath: join(__dirname, 'preload.cjs'), stateFile: windowStateFile(app.getPath('userData')) });
    mainWindow.webContents.on('did-finish-load', () => {
      if (pendingFile && mainWindow) {
        sendApiEvent(mainWindow.webContents, 'file.open', { path: pendingFile });
        pendingFile = null;
      }
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => backend?.closeAll());
