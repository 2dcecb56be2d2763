import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PlatformHandlers } from '../../core/services/memoire-backend';
import { safeFileName } from '../../core/app/file-names';

/** `name.ext`, or `name (2).ext`… in a folder: the first that does not exist yet. */
function freeName(dir: string, suggestedName: string, ext: string): string | null {
  const base = safeFileName(suggestedName);
  for (let i = 1; i < 1000; i++) {
    const candidate = join(dir, `${base}${i === 1 ? '' : ` (${i})`}.${ext}`);
    if (!existsSync(candidate)) return candidate;
  }
  return null;
}

/** The web host has no native dialogs: new mémoires go to its workspace folder, opening lists that folder. */
export function webPlatform(workspaceDir: string): PlatformHandlers {
  return {
    shell: 'web',
    workspaceDir,
    chooseOpen: async () => null,
    chooseSave: async (suggestedName) => freeName(workspaceDir, suggestedName, 'memoire'),
    chooseExport: async (suggestedName, format) => ({ path: freeName(workspaceDir, suggestedName, format), overwriteConfirmed: false }),
    // A browser cannot open the user's file manager.
    reveal: async () => false,
  };
}
