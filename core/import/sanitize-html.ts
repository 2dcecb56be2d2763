import createDOMPurify from 'dompurify';
import { wordListsToLists } from './word-lists';

/** Tags that can become part of a mémoire; everything else is dropped (its text kept). */
const ALLOWED_TAGS = [
  'p',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'a',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'sup',
  'sub',
  'div',
  'span',
  'figure',
  'figcaption',
  'hr',
];
/** Attributes the editor schema reads (links, table spans, our own blocks and footnotes). */
const ALLOWED_ATTR = [
  'href',
  'colspan',
  'rowspan',
  'data-block',
  'data-block-data',
  'data-footnote',
  'data-section-id',
  'data-guidance',
  'data-figure',
  'data-attachment-id',
];

/** The minimal window DOMPurify needs: the browser's, or happy-dom's under Node. */
export type DomWindow = Parameters<typeof createDOMPurify>[0];

/**
 * Cleans HTML from a paste or a converted Word file before the editor schema reads it: no scripts,
 * no event handlers, no styles, no iframes, links only to http(s) and mail addresses.
 */
export function sanitizeHtml(html: string, window: DomWindow): string {
  const purify = createDOMPurify(window);
  // Word's lists are read from their styles, which the sanitiser then drops.
  const Parser = (window as { DOMParser?: new () => { parseFromString(text: string, type: string): Document } }).DOMParser;
  const withLists = Parser ? wordListsToLists(html, new Parser()) : html;
  return purify.sanitize(withLists, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    KEEP_CONTENT: true,
    RETURN_TRUSTED_TYPE: false,
  }) as unknown as string;
}
