import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where the app's bundled data lives: inside resources/ when packaged, the checkout in development. */
export function resourcePath(...parts: string[]): string {
  return app.isPackaged ? join(process.resourcesPath, ...parts) : join(app.getAppPath(), ...parts);
}

/** The fonts the PDF export embeds: resources/fonts, in the package as in the checkout. */
export function fontsPath(): string {
  return app.isPackaged ? join(process.resourcesPath, 'fonts') : join(app.getAppPath(), 'resources', 'fonts');
}

/**
 * The better-sqlite3 addon built for Electron's ABI, kept apart from node_modules (which holds Node's
 * build for the tests and the CLI). `npm run build:native-electron` produces it.
 */
export function electronSqliteBinding(): string | null {
  const path = app.isPackaged
    ? join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : join(app.getAppPath(), 'build', 'native-electron', 'better_sqlite3.node');
  return existsSync(path) ? path : null;
}
