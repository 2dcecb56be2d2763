import { app, dialog, shell, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PlatformHandlers } from '../../core/services/memoire-backend';
import { safeFileName } from '../../core/app/file-names';
import { fr } from './fr';

const FILTERS = [{ name: fr.dialogs.filters.memoire, extensions: ['memoire'] }];

/** Native open/save dialogs for the back end. */
/** The save dialog's filter name per export format. */
const FILTER_NAMES = fr.dialogs.filters;

export function electronPlatform(getWindow: () => BrowserWindow | null): PlatformHandlers {
  return {
    shell: 'electron',
    workspaceDir: null,
    async chooseOpen() {
      const win = getWindow();
      const options = { title: fr.dialogs.open, filters: FILTERS, properties: ['openFile' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSave(suggestedName) {
      const win = getWindow();
      const options = {
        title: fr.dialogs.save,
        defaultPath: join(app.getPath('documents'), `${safeFileName(suggestedName)}.memoire`),
        filters: FILTERS,
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return result.filePath.endsWith('.memoire') ? result.filePath : `${result.filePath}.memoire`;
    },
    async chooseExport(suggestedName, format) {
      const win = getWindow();
      const options = {
        title: fr.dialogs.export,
        defaultPath: join(app.getPath('documents'), `${safeFileName(suggestedName)}.${format}`),
        filters: [{ name: FILTER_NAMES[format], extensions: [format] }],
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { path: null, overwriteConfirmed: false };
      // showOverwriteConfirmation: the system dialog already asked before replacing a file.
      const path = result.filePath.toLowerCase().endsWith(`.${format}`) ? result.filePath : `${result.filePath}.${format}`;
      return { path, overwriteConfirmed: path === result.filePath };
    },
    async reveal(path) {
      if (!existsSync(path)) return false;
      shell.showItemInFolder(path);
      return true;
    },
  };
}
