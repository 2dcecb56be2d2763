import { DOMParser as PmDOMParser } from '@tiptap/pm/model';
import type { PmNode } from '../model/document';
import { memoireSchema } from '../schema/extensions';
import { sanitizeHtml, type DomWindow } from './sanitize-html';

/**
 * Turns HTML (a paste, a converted Word file) into a mémoire document: sanitised, then parsed by the
 * editor schema, which keeps only the nodes and marks a mémoire has. The window is injected.
 */
export function htmlToDocument(
  html: string,
  window: DomWindow & { DOMParser: new () => { parseFromString(text: string, type: string): { body: unknown } } },
): PmNode {
  const clean = sanitizeHtml(html, window);
  const dom = new window.DOMParser().parseFromString(`<body>${clean}</body>`, 'text/html');
  const doc = PmDOMParser.fromSchema(memoireSchema()).parse(dom.body as Parameters<PmDOMParser['parse']>[0]);
  return doc.toJSON() as PmNode;
}
