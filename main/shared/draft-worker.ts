// Reads a Word draft in a worker thread (see draft-reader.ts): a hostile file that gets past the
// zip guard can exhaust this thread's capped heap, never the app's.
import { parentPort, workerData } from 'node:worker_threads';
import { readDocxDraft } from '../../core/import/import-docx';
import { docxToHtml } from '../../core/import/docx';
import { htmlToDocument } from '../../core/import/html-to-document';
import type { MemoireTemplate } from '../../core/referential/template-schema';
import { AppError } from '../../core/errors';
import { nodeWindow } from './node-dom';

const { data, template } = workerData as { data: Uint8Array; template: MemoireTemplate | null };
// With a template, a draft to import (images, footnotes, headings mapped); without, the plain text the checker reads.
const reading = template
  ? readDocxDraft(Buffer.from(data), nodeWindow(), template)
  : docxToHtml(Buffer.from(data)).then((converted) => htmlToDocument(converted.html, nodeWindow()));
reading.then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (error: unknown) =>
    parentPort!.postMessage({
      ok: false,
      error:
        error instanceof AppError
          ? { code: error.code, message: error.message, detail: error.detail }
          : { code: 'invalid-input', message: null, detail: (error as Error)?.message },
    }),
);
