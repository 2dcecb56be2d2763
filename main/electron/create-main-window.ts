import { fr } from './fr';
import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import { fitWindowState, windowStateSchema, DEFAULT_WINDOW, type WindowState } from '../../core/app/window-state';
import { readJsonFile, writeJsonFileAtomic } from '../../core/app/json-file';
import { APP_ORIGIN } from './app-protocol';

/** Creates the main window with every security setting on, at its last position and size. */
export function createMainWindow(options: { preloadPath: string; stateFile: string }): BrowserWindow {
  const saved = readJsonFile<WindowState | null>(options.stateFile, windowStateSchema.nullable(), null);
  const state = fitWindowState(
    saved ?? DEFAULT_WINDOW,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...state,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: fr.appName,
    backgroundColor: '#eef1f5',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  });
  win.webContents.session.setSpellCheckerLanguages(['fr']);
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  const remember = () => {
    if (win.isDestroyed()) return;
    const bounds = win.getNormalBounds();
    writeJsonFileAtomic(options.stateFile, { ...bounds, maximized: win.isMaximized() });
  };
  win.on('close', remember);

  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/** Where the window state is kept. */
export function windowStateFile(userData: string): string {
  return join(userData, 'window-state.json');
}
