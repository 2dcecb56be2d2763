/** What is exported, for its file name. */
export type ExportKind = 'memoire' | 'grille' | 'soutenance' | 'relecture';

const PREFIX: Record<Exclude<ExportKind, 'memoire'>, string> = {
  grille: 'Grille d’évaluation',
  soutenance: 'Soutenance',
  relecture: 'Relecture',
};

/** The variants that show in the name, so two exports of one mémoire never take each other's name. */
export interface ExportNameOptions {
  sectionTitle?: string | null;
  confidential?: boolean;
  annotated?: boolean;
  /** The soutenance's handout (slides with their notes). */
  handout?: boolean;
}

/**
 * The one naming rule of every export, in the app's dialogs as in the CLI: the mémoire's title, what
 * the file is, and its variant — « Mon titre – confidentiel », « Soutenance – Mon titre – notes ».
 * Without extension, and not yet made safe for a file system (the caller does, where it becomes a path).
 */
export function exportStem(kind: ExportKind, meta: { title: string }, options: ExportNameOptions = {}): string {
  const title = meta.title.trim() || 'Mémoire';
  const parts =
    kind === 'memoire'
      ? [title, options.sectionTitle, options.annotated ? 'version annotée' : '', options.confidential ? 'confidentiel' : '']
      : [PREFIX[kind], title, kind === 'soutenance' && options.handout ? 'notes' : '', options.confidential ? 'confidentiel' : ''];
  return parts.filter(Boolean).join(' – ');
}
