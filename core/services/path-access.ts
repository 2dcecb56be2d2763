import { existsSync, realpathSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { AppError } from '../errors';

const OUTSIDE_WORKSPACE = (workspace: string) =>
  `La version web de Mémoire Studio ne travaille que dans son dossier des mémoires (${workspace}) et sur les fichiers choisis dans l’application. Placez le fichier dans ce dossier, puis recommencez.`;
const NOT_SHOWN = 'Ce fichier n’a été ni ouvert ni écrit par Mémoire Studio : il ne peut pas être montré.';

/** The path with its existing part's symbolic links resolved, so a link cannot lead out of the workspace. */
function realPath(path: string): string {
  let existing = resolve(path);
  const rest: string[] = [];
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(existing.slice(dirname(existing).length + 1));
    existing = dirname(existing);
  }
  return resolve(realpathSync(existing), ...rest);
}

/**
 * Which paths the back end may touch. The web host serves a page, so it keeps to its workspace folder
 * and to the paths it handed out itself; a path outside is refused before any file system call, so the
 * answer never tells whether something exists there. Electron's paths come from native dialogs and the
 * system, and are all allowed. Either way, only files the app opened or wrote are shown in a folder.
 */
export class PathAccess {
  private readonly granted = new Set<string>();
  private readonly touched = new Set<string>();

  constructor(private readonly workspaceDir: string | null) {}

  /** A path the app handed out (a dialog's answer, a recent file): usable afterwards. */
  grant(path: string | null): string | null {
    if (path) this.granted.add(resolve(path));
    return path;
  }

  /** A file the app opened or wrote: it may be shown in its folder. */
  touch(path: string): void {
    this.touched.add(resolve(path));
  }

  /** The absolute path, when the back end may read or write there; a French refusal otherwise. */
  check(path: string): string {
    const absolute = resolve(path);
    if (this.workspaceDir === null || this.granted.has(absolute)) return absolute;
    const workspace = realPath(this.workspaceDir);
    if (realPath(absolute).startsWith(workspace + sep)) return absolute;
    throw new AppError('invalid-input', 'hors du dossier des mémoires', OUTSIDE_WORKSPACE(this.workspaceDir));
  }

  /** Refuses to show a file the app neither opened nor wrote. */
  checkReveal(path: string): string {
    const absolute = resolve(path);
    if (!this.touched.has(absolute)) throw new AppError('invalid-input', 'fichier inconnu', NOT_SHOWN);
    return absolute;
  }
}
