import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { AppError } from '../errors';

/**
 * A temporary name beside `path`, for writing then renaming into place. Short on purpose: a name
 * built from the target's own would pass the system's 255-byte limit when the target is near it.
 */
export function tempSibling(path: string): string {
  return join(dirname(path), `.memoire-studio-${randomUUID()}.tmp`);
}

/** The folder a file was to be written in does not exist. */
export function missingFolderError(detail: string): AppError {
  return new AppError('unwritable', detail, 'Le dossier de destination n’existe pas. Choisissez un autre emplacement.');
}

/** French message for what the file system refused (folder missing, name too long, disk full, no right), or null. */
export function fileSystemError(error: unknown): AppError | null {
  const code = (error as NodeJS.ErrnoException)?.code ?? '';
  const detail = `${code} ${(error as Error)?.message ?? ''}`;
  if (code === 'ENAMETOOLONG')
    return new AppError(
      'unwritable',
      detail,
      'Ce nom de fichier est trop long pour le système : raccourcissez-le (255 caractères au plus, dossiers compris pour certains systèmes).',
    );
  if (code === 'ENOSPC') return new AppError('unwritable', detail, 'Le disque est plein : rien n’a été écrit. Libérez de la place puis recommencez.');
  if (code === 'ENOENT' || code === 'ENOTDIR') return missingFolderError(detail);
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' || code === 'EROFS' || code === 'EISDIR') {
    return new AppError(
      'unwritable',
      detail,
      'Impossible d’écrire ce fichier (dossier protégé, ou document ouvert dans Word ?). Fermez-le ou choisissez un autre emplacement.',
    );
  }
  return null;
}
