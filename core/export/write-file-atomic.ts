import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { AppError } from '../errors';
import { fileSystemError, tempSibling } from '../app/file-system-errors';

/**
 * Writes an export through a temporary file in the target folder, then renames it: the target is
 * either the old file or the complete new one, never half written. Write errors (read-only folder,
 * disk full, locked file) become a French message and the temporary file is removed.
 */
export function writeFileAtomic(path: string, data: Uint8Array): void {
  const tmp = tempSibling(path);
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
    throw fileSystemError(error) ?? new AppError('unwritable', `${(error as Error).message}`);
  }
}
