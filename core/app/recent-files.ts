import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFileAtomic } from './json-file';

const MAX_RECENT = 15;

const recentSchema = z.array(z.object({ path: z.string(), title: z.string(), openedAt: z.string() }));
type RecentList = z.infer<typeof recentSchema>;

/** The "fichiers récents" list, kept in the app's data folder. */
export class RecentFiles {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'recent-files.json');
  }

  /** Most recent first, each marked with whether it still exists. */
  list(): Array<RecentList[number] & { exists: boolean }> {
    return readJsonFile(this.file, recentSchema, []).map((entry) => ({ ...entry, exists: existsSync(entry.path) }));
  }

  /** Puts a file at the top of the list. */
  touch(path: string, title: string, openedAt: string): void {
    const rest = readJsonFile(this.file, recentSchema, []).filter((e) => e.path !== path);
    writeJsonFileAtomic(this.file, [{ path, title, openedAt }, ...rest].slice(0, MAX_RECENT));
  }

  /** Removes a file from the list. */
  forget(path: string): void {
    writeJsonFileAtomic(
      this.file,
      readJsonFile(this.file, recentSchema, []).filter((e) => e.path !== path),
    );
  }
}
