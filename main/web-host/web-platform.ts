import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PlatformHandlers } from '../../core/services/memoire-backend';
import { safeFileName } from '../../core/app/file-names';

/** The web host has no native dialogs: new mémoires go to its workspace folder, opening lists that folder. */
export function webPlatform(workspaceDir: string): PlatformHandlers {
  return {
    shell: 'web',
    workspaceDir,
    chooseOpen: async () => null,
    chooseSave: async (suggestedName) => {
      const base = safeFileName(suggestedName);
      for (let i = 1; i < 1000; i++) {
        const candidate = join(workspaceDir, `${base}${i === 1 ? '' : ` (${i})`}.memoire`);
        if (!existsSync(candidate)) return candidate;
      }
      return null;
    },
  };
}
