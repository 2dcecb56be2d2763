import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

/** What the first 100 bytes of a SQLite file say, read without opening it with SQLite. */
export interface SqliteHeader {
  isSqlite: boolean;
  /** The bytes present begin like a SQLite header (a cut copy of a database rather than another file). */
  startsLikeSqlite: boolean;
  fileSize: number;
  pageSize: number;
  /** Pages the header claims, or null when that field is not trustworthy (old writers). */
  pageCount: number | null;
  userVersion: number;
  applicationId: number;
  hotJournal: boolean;
}

const MAGIC = 'SQLite format 3\0';
/** The first 8 bytes of a rollback journal that still holds a transaction to undo. */
const JOURNAL_MAGIC = Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]);

/**
 * What the rollback journal beside a database is: absent; `spent` (emptied or with a zeroed header,
 * as SQLite leaves it in exclusive locking mode: nothing to roll back); or `hot` (an interrupted save
 * SQLite will undo on the next write open).
 */
export function journalState(path: string): 'absent' | 'spent' | 'hot' {
  const journal = `${path}-journal`;
  if (!existsSync(journal)) return 'absent';
  const head = Buffer.alloc(8);
  const fd = openSync(journal, 'r');
  try {
    const read = readSync(fd, head, 0, 8, 0);
    return read === 8 && head.equals(JOURNAL_MAGIC) ? 'hot' : 'spent';
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads the database header directly. Reading it ourselves (instead of letting SQLite open the file)
 * lets us refuse a foreign or newer file before anything could write to it.
 */
export function readSqliteHeader(path: string): SqliteHeader {
  const fileSize = statSync(path).size;
  const buf = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  let read = 0;
  try {
    read = readSync(fd, buf, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  const hotJournal = journalState(path) === 'hot';
  const startsLikeSqlite = read > 0 && MAGIC.startsWith(buf.toString('latin1', 0, Math.min(read, 16)));
  if (read < 100 || buf.toString('latin1', 0, 16) !== MAGIC) {
    return { isSqlite: false, startsLikeSqlite, fileSize, pageSize: 0, pageCount: null, userVersion: 0, applicationId: 0, hotJournal };
  }
  const rawPageSize = buf.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const changeCounter = buf.readUInt32BE(24);
  const versionValidFor = buf.readUInt32BE(92);
  const pageCount = versionValidFor === changeCounter ? buf.readUInt32BE(28) : null;
  return {
    isSqlite: true,
    startsLikeSqlite: true,
    fileSize,
    pageSize,
    pageCount,
    userVersion: buf.readInt32BE(60),
    applicationId: buf.readInt32BE(68),
    hotJournal,
  };
}
