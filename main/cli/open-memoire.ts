import { resolve } from 'node:path';
import { MemoireFile } from '../../core/store/memoire-file';

/** Said before any command runs on a mémoire whose text no longer matches the digest of its last save. */
export const ALTERED_WARNING =
  'Attention : le texte de ce mémoire a été modifié hors de Mémoire Studio (ou abîmé sur le disque) depuis son dernier enregistrement. Ouvrez-le dans l’application pour le garder tel quel ou revenir à la dernière version gardée.';

/** Opens a mémoire for one command, warning when its text was altered outside the app. */
export async function openMemoire(path: string, warn: (line: string) => void): Promise<MemoireFile> {
  const { file, report } = await MemoireFile.open(resolve(path));
  if (report.altered) warn(ALTERED_WARNING);
  return file;
}
