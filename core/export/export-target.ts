import { closeSync, existsSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { AppError } from '../errors';

const SQLITE_MAGIC = 'SQLite format 3\0';

/** Where an export may not go, and whether replacing an existing export is allowed. */
export interface ExportTargetRules {
  /** Files that must never be replaced: the mémoire being exported, every mémoire open in the app. */
  protectedPaths: readonly string[];
  /** Replace an existing (non-mémoire) file; false in the app until the user confirms. */
  overwrite: boolean;
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Whether a file starts like a SQLite database (a .memoire, whatever its name, or another app's data). */
function isSqliteFile(path: string): boolean {
  const buf = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, buf, 0, 16, 0) === 16 && buf.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

/**
 * Refuses an export target that would destroy a mémoire: a `.memoire` name, an open mémoire (through
 * any link), or any SQLite database by content. An existing ordinary file is replaced only when the
 * caller says so. Runs before anything is rendered, so a refused export costs nothing.
 */
export function assertExportTarget(target: string, rules: ExportTargetRules): void {
  if (extname(target).toLowerCase() === '.memoire') throw new AppError('export-target', target);
  const real = realOrResolved(target);
  if (rules.protectedPaths.some((p) => realOrResolved(p) === real)) throw new AppError('export-target', target);
  if (!existsSync(target)) return;
  const stat = statSync(target);
  if (!stat.isFile()) throw new AppError('unwritable', target, 'Cet emplacement est un dossier ou un fichier spécial : choisissez un nom de fichier.');
  if (isSqliteFile(target)) throw new AppError('export-target', target);
  if (!rules.overwrite) throw new AppError('export-exists', target);
}

const EXPORT_EXTENSIONS = new Set(['.docx', '.pdf', '.pptx', '.relecture']);

/**
 * The export path with the format's extension: added when the name has none (`rapport` → `rapport.pdf`),
 * put in place of another export format's (`rapport.pdf` asked in Word → `rapport.docx`, so one `--out`
 * serves several formats). Any other extension is kept as typed, so `--out m.memoire` is refused, not renamed.
 */
export function withExportExtension(path: string, format: 'docx' | 'pdf' | 'pptx' | 'relecture'): string {
  const ext = extname(path);
  if (!ext) return `${path}.${format}`;
  return EXPORT_EXTENSIONS.has(ext.toLowerCase()) ? `${path.slice(0, -ext.length)}.${format}` : path;
}
