import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorCode } from '../../core/errors';
import { MemoireFile } from '../../core/store/memoire-file';
import { CURRENT_SCHEMA_VERSION } from '../../core/store/migrations';
import { sampleMemoire } from './sample';

/** A new mémoire in `dir`. */
export function makeMemoire(dir: string, name = 'a.memoire'): string {
  const path = join(dir, name);
  MemoireFile.create(path, sampleMemoire()).close();
  return path;
}

/** Files that are not mémoires this build can open: the error code and French message each must get. */
export const BAD_MEMOIRE_FILES: Array<[string, (dir: string) => string, ErrorCode, RegExp]> = [
  ['a missing file', (dir) => join(dir, 'absent.memoire'), 'not-found', /n'existe pas/],
  [
    'a zero-byte file',
    (dir) => {
      const p = join(dir, 'vide.memoire');
      writeFileSync(p, '');
      return p;
    },
    'empty-file',
    /vide/,
  ],
  [
    'a text file',
    (dir) => {
      const p = join(dir, 'texte.memoire');
      writeFileSync(p, 'Ceci est un simple texte, pas une base.\n'.repeat(20));
      return p;
    },
    'not-sqlite',
    /pas un mémoire/,
  ],
  [
    'a DOCX renamed',
    (dir) => {
      const p = join(dir, 'word.memoire');
      writeFileSync(p, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(400, 1)]));
      return p;
    },
    'not-sqlite',
    /pas un mémoire/,
  ],
  [
    'a SQLite database of another application',
    (dir) => {
      const p = join(dir, 'autre.memoire');
      const db = new Database(p);
      db.exec("CREATE TABLE clients (id INTEGER PRIMARY KEY, nom TEXT); INSERT INTO clients (nom) VALUES ('Dupont');");
      db.close();
      return p;
    },
    'foreign-file',
    /autre application/,
  ],
  [
    'a file from a newer version',
    (dir) => {
      const p = makeMemoire(dir, 'futur.memoire');
      const db = new Database(p);
      db.pragma(`user_version = ${CURRENT_SCHEMA_VERSION + 5}`);
      db.close();
      return p;
    },
    'newer-version',
    /version plus récente/,
  ],
  [
    'a truncated file',
    (dir) => {
      const p = makeMemoire(dir, 'coupe.memoire');
      const bytes = readFileSync(p);
      writeFileSync(p, bytes.subarray(0, Math.floor(bytes.length / 2)));
      return p;
    },
    'truncated',
    /tronqué/,
  ],
  [
    'a file truncated inside its header',
    (dir) => {
      const p = makeMemoire(dir, 'entete.memoire');
      writeFileSync(p, readFileSync(p).subarray(0, 50));
      return p;
    },
    'truncated',
    /tronqué/,
  ],
  [
    'a corrupted file (pages overwritten)',
    (dir) => {
      const p = makeMemoire(dir, 'abime.memoire');
      const bytes = readFileSync(p);
      const pageSize = bytes.readUInt16BE(16);
      // Scribble over the second page (the first table's b-tree) but keep the size right.
      for (let i = pageSize; i < pageSize * 2 && i < bytes.length; i++) bytes[i] = (i * 7) & 0xff;
      writeFileSync(p, bytes);
      return p;
    },
    'corrupted',
    /endommagé/,
  ],
];
