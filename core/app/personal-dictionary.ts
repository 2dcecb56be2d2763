import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFileAtomic } from './json-file';

const MAX_WORDS = 5000;
const wordsSchema = z.array(z.string());

/**
 * The candidate's own spelling dictionary (« Ajouter au dictionnaire »), kept in the app's data
 * folder and shared by every mémoire, like Word's custom dictionary.
 */
export class PersonalDictionary {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'dictionnaire-personnel.json');
  }

  /** The words, sorted the French way. */
  list(): string[] {
    return readJsonFile(this.file, wordsSchema, []);
  }

  /** Adds a word (kept once); the oldest words go when the list is full. */
  add(word: string): string[] {
    const words = this.list();
    if (words.includes(word)) return words;
    return this.write([...words, word].slice(-MAX_WORDS));
  }

  /** Takes a word back out. */
  remove(word: string): string[] {
    return this.write(this.list().filter((w) => w !== word));
  }

  private write(words: string[]): string[] {
    const sorted = [...words].sort((a, b) => a.localeCompare(b, 'fr'));
    writeJsonFileAtomic(this.file, sorted);
    return sorted;
  }
}
