import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { AppError } from '../errors';

/**
 * Writes an export through a temporary file in the target folder, then renames it: the target is
 * either the old file or the complete new one, never half written. Write errors (read-only folder,
 * disk full, locked file) become a French message and the temporary file is removed.
 */
export function writeFileAtomic(path: string, data: Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const detail = `${code} ${(error as Error).message}`;
    if (code === 'ENOSPC') throw new AppError('unwritable', detail, 'Le disque est plein : l’export n’a pas été écrit. Libérez de la place puis recommencez.');
    if (code === 'ENOENT') throw new AppError('unwritable', detail, 'Le dossier de destination n’existe pas. Choisissez un autre emplacement.');
    if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' || code === 'EROFS' || code === 'EISDIR') {
      throw new AppError('unwritable', detail, 'Impossible d’écrire ce fichier (dossier protégé, ou document ouvert dans Word ?). Fermez-le ou choisissez un autre emplacement.');
    }
    throw new AppError('unwritable', detail);
  }
}
