import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../core/errors';
import type { DraftDocument, DraftReader } from '../../core/import/import-docx';
import type { PmNode } from '../../core/model/document';
import type { MemoireTemplate } from '../../core/referential/template-schema';

/** What one reading may use: a large real mémoire needs ~150 MB and a few seconds. */
export interface DraftReaderLimits {
  heapMb: number;
  timeoutMs: number;
}

export const DEFAULT_DRAFT_LIMITS: DraftReaderLimits = { heapMb: 768, timeoutMs: 120_000 };

const TOO_MUCH_MEMORY =
  'Ce document Word demande trop de mémoire pour être lu (fichier piégé ou démesuré) : il a été abandonné sans rien modifier. Ouvrez-le dans Word et enregistrez-le à nouveau, ou découpez-le.';
const TOO_LONG =
  'La lecture de ce document Word a pris trop de temps et a été abandonnée, sans rien modifier. Ouvrez-le dans Word et enregistrez-le à nouveau.';
const UNREADABLE = 'Ce document Word est endommagé ou d’un format non pris en charge.';

/**
 * The worker's script beside this module: the bundle's prebuilt `draft-worker.cjs` (Electron, the
 * CLI), or the TypeScript source run through tsx (the web host, the tests).
 */
function workerScript(): { source: string; eval: boolean } {
  const built = fileURLToPath(new URL('./draft-worker.cjs', import.meta.url));
  if (existsSync(built)) return { source: built, eval: false };
  // Node 20 workers do not take `--import tsx`: the source is loaded through tsx's require hook.
  const source = fileURLToPath(new URL('./draft-worker.ts', import.meta.url));
  return { source: `require('tsx/cjs'); require(${JSON.stringify(source)});`, eval: true };
}

/**
 * Reads drafts in a worker thread with a capped heap and a time limit: a file that would exhaust
 * memory or loop ends with a French message and the app goes on.
 */
export function workerDraftReader(limits: DraftReaderLimits = DEFAULT_DRAFT_LIMITS): DraftReader {
  return async (data, template) => {
    const draft = await readInWorker<DraftDocument>(data, template, limits);
    // Buffers cross the thread boundary as plain Uint8Arrays.
    return { ...draft, images: draft.images.map((image) => ({ ...image, data: Buffer.from(image.data) })) };
  };
}

/** The text of a Word file as the checker reads it (no images, no mapping), read in a worker with the same limits. */
export function readDocxTextInWorker(data: Buffer, limits: DraftReaderLimits = DEFAULT_DRAFT_LIMITS): Promise<PmNode> {
  return readInWorker<PmNode>(data, null, limits);
}

function readInWorker<T>(data: Buffer, template: MemoireTemplate | null, limits: DraftReaderLimits): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const script = workerScript();
    const worker = new Worker(script.source, {
      eval: script.eval,
      workerData: { data, template },
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 32 },
      stdout: false,
      stderr: true,
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => reject(new AppError('too-large', 'délai dépassé', TOO_LONG))), limits.timeoutMs);
    worker.on('message', (reply: { ok: true; result: T } | { ok: false; error: { code: ErrorCode; message: string | null; detail?: string } }) =>
      settle(() => (reply.ok ? resolve(reply.result) : reject(new AppError(reply.error.code, reply.error.detail, reply.error.message ?? UNREADABLE)))),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new AppError('too-large', error.message, TOO_MUCH_MEMORY)
            : new AppError('invalid-input', error.message, UNREADABLE),
        ),
      ),
    );
    worker.on('exit', (code) => settle(() => reject(new AppError('invalid-input', `code de sortie ${code}`, UNREADABLE))));
  });
}
