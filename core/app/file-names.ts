import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

/** A file name from a title: no path separators or characters Windows refuses, never empty. */
export function safeFileName(title: string): string {
  const cleaned = title
    .normalize('NFC')
    // Control characters are refused in file names by every system: they go with the reserved ones.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return cleaned || 'Mémoire';
}

/**
 * A free path beside `path` for a derived file: `mémoire.memoire` → `mémoire (copie réparée).memoire`,
 * then `(copie réparée 2)`… Never an existing file.
 */
export function freeSiblingName(path: string, label: string): string {
  const ext = extname(path);
  const stem = join(dirname(path), basename(path, ext));
  for (let n = 1; ; n++) {
    const candidate = `${stem} (${label}${n > 1 ? ` ${n}` : ''})${ext}`;
    if (!existsSync(candidate)) return candidate;
  }
}
