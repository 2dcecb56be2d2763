import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchApiCall } from '../../core/api/dispatch';
import { SHRINK_SNAPSHOT_NAME } from '../../core/services/memoire-backend';
import { KEY_GAP } from '../../core/store/document-nodes';
import type { PmNode } from '../../core/model/document';
import { apiCall, testBackend } from '../helpers/backend';

type Backend = ReturnType<typeof testBackend>;
let current: Backend | null = null;
afterEach(() => current?.backend.closeAll());

const call = apiCall;

const meta = { title: 'Mémoire long', candidate: 'Camille Martin' };
const paragraph = (text: string): PmNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (n: number): PmNode => ({ type: 'doc', content: Array.from({ length: n }, (_, i) => paragraph(`Paragraphe ${i + 1} avec quatre mots.`)) });

/** Opens a mémoire saved whole with `n` paragraphs; its path, handle and revision. */
async function saved(b: Backend, n: number) {
  const path = join(b.workspace, 'long.memoire');
  const { handle } = await call(b, 'memoire.create', { path, meta });
  const { revision } = await call(b, 'memoire.saveDocument', { handle, doc: doc(n) });
  return { path, handle, revision };
}

function storedKeys(path: string): number[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT key FROM document_nodes ORDER BY key').pluck().all() as number[];
  } finally {
    db.close();
  }
}

describe('saving only what changed', () => {
  it('applies replacements, insertions and deletions anywhere, with the right words, and they survive a reopen', async () => {
    const b = (current = testBackend());
    const first = await saved(b, 50);
    const { path, handle } = first;
    let { revision } = first;
    const expected = doc(50).content!;
    const apply = async (from: number, deleteCount: number, nodes: PmNode[]) => {
      const result = await call(b, 'memoire.saveChanges', { handle, baseRevision: revision, baseCount: expected.length, from, deleteCount, nodes });
      expect(result.revision).toBe(revision + 1);
      revision = result.revision;
      expected.splice(from, deleteCount, ...nodes);
    };
    await apply(20, 1, [paragraph('Paragraphe 21 réécrit en six mots.')]);
    await apply(0, 0, [paragraph('Un début ajouté.'), paragraph('Encore un.')]);
    await apply(expected.length - 3, 3, []);
    await apply(expected.length, 0, [paragraph('La fin.')]);
    await apply(10, 5, [paragraph('Cinq paragraphes remplacés par un seul.')]);
    await call(b, 'memoire.close', { handle });

    const again = await call(b, 'memoire.open', { path });
    expect(again.readOnly).toBeNull();
    expect(again.doc.content).toEqual(expected);
    expect(again.revision).toBe(revision);
    const words = expected.reduce((n, p) => n + String(p.content![0].text).split(/\s+/).filter(Boolean).length, 0);
    const info = await call(b, 'snapshots.create', { handle: again.handle, name: 'contrôle' });
    expect(info.wordCount).toBe(words);
  });

  it('writes only the rows of the nodes that changed; the others keep their place', async () => {
    const b = (current = testBackend());
    const first = await saved(b, 200);
    await call(b, 'memoire.close', { handle: first.handle });
    const path = first.path;
    const before = storedKeys(path);
    const { handle, revision } = await call(b, 'memoire.open', { path });
    await call(b, 'memoire.saveChanges', {
      handle,
      baseRevision: revision,
      baseCount: 200,
      from: 120,
      deleteCount: 1,
      nodes: [paragraph('Modifié.'), paragraph('Inséré.')],
    });
    await call(b, 'memoire.close', { handle });
    const after = storedKeys(path);
    expect(after.slice(0, 120)).toEqual(before.slice(0, 120));
    expect(after.slice(122)).toEqual(before.slice(121));
    expect(after[120]).toBeGreaterThan(before[119]);
    expect(after[121]).toBeLessThan(before[121]);
  });

  it('numbers the rows again when a place has no room left, keeping the order', async () => {
    const b = (current = testBackend());
    const first = await saved(b, 3);
    const { path, handle } = first;
    let { revision } = first;
    const expected = doc(3).content!;
    // Each insertion right after the first node halves the room there: 40 of them exhaust 2^16.
    for (let i = 0; i < 40; i++) {
      const node = paragraph(`Insertion ${i}.`);
      ({ revision } = await call(b, 'memoire.saveChanges', {
        handle,
        baseRevision: revision,
        baseCount: expected.length,
        from: 1,
        deleteCount: 0,
        nodes: [node],
      }));
      expected.splice(1, 0, node);
    }
    await call(b, 'memoire.close', { handle });
    expect(storedKeys(path)).toEqual(expected.map(() => expect.any(Number)));
    expect(Math.max(...storedKeys(path))).toBeLessThanOrEqual(expected.length * KEY_GAP);
    expect((await call(b, 'memoire.open', { path })).doc.content).toEqual(expected);
  });

  it('refuses a change made on another revision (the editor then saves whole), and checks the new nodes', async () => {
    const b = (current = testBackend());
    const { handle, revision } = await saved(b, 10);
    const stale = await dispatchApiCall(b.backend.handlers, 'memoire.saveChanges', {
      handle,
      baseRevision: revision - 1,
      baseCount: 10,
      from: 0,
      deleteCount: 1,
      nodes: [],
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'out-of-date' } });
    const wrongCount = await dispatchApiCall(b.backend.handlers, 'memoire.saveChanges', {
      handle,
      baseRevision: revision,
      baseCount: 11,
      from: 0,
      deleteCount: 1,
      nodes: [],
    });
    expect(wrongCount).toMatchObject({ ok: false, error: { code: 'out-of-date' } });
    const invalid = await dispatchApiCall(b.backend.handlers, 'memoire.saveChanges', {
      handle,
      baseRevision: revision,
      baseCount: 10,
      from: 0,
      deleteCount: 0,
      nodes: [{ type: 'nouveauBloc' }],
    });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-document' } });
    const empty = await dispatchApiCall(b.backend.handlers, 'memoire.saveChanges', {
      handle,
      baseRevision: revision,
      baseCount: 10,
      from: 0,
      deleteCount: 10,
      nodes: [],
    });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid-document' } });
    expect((await call(b, 'snapshots.create', { handle, name: 'intact' })).wordCount).toBe(50);
  });

  it('keeps the text in the history before a change that drops more than half of it', async () => {
    const b = (current = testBackend());
    const { handle, revision } = await saved(b, 100);
    await call(b, 'memoire.saveChanges', { handle, baseRevision: revision, baseCount: 100, from: 10, deleteCount: 80, nodes: [] });
    const history = await call(b, 'snapshots.list', { handle });
    expect(history.map((s: { name: string }) => s.name)).toEqual([SHRINK_SNAPSHOT_NAME]);
    expect((await call(b, 'snapshots.get', { handle, id: history[0].id })).doc.content).toHaveLength(100);
  });
});
