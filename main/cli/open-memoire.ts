import { resolve } from 'node:path';
import { MemoireFile } from '../../core/store/memoire-file';
import { representDocument } from '../../core/schema/document-repair';

/** Said before any command runs on a mémoire whose text no longer matches the digest of its last save. */
export const ALTERED_WARNING =
  'Attention : le texte de ce mémoire a été modifié hors de Mémoire Studio (ou abîmé sur le disque) depuis son dernier enregistrement. Ouvrez-le dans l’application pour le garder tel quel ou revenir à la dernière version gardée.';

/** Said when the stored document holds what this build cannot read exactly (the app opens it read-only). */
export const REPAIRED_WARNING =
  'Attention : ce mémoire contient des éléments que cette version de Mémoire Studio ne sait pas lire ; la commande travaille sur une copie réparée qui garde tout le texte. Le fichier n’est pas modifié.';

/** Opens a mémoire for one command, warning when its text was altered outside the app or cannot be read exactly. */
export async function openMemoire(path: string, warn: (line: string) => void): Promise<MemoireFile> {
  const { file, report } = await MemoireFile.open(resolve(path));
  if (report.altered) warn(ALTERED_WARNING);
  if (!representDocument(file.getDocument().doc).exact) warn(REPAIRED_WARNING);
  return file;
}
