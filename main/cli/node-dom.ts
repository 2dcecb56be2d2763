import { JSDOM } from 'jsdom';
import type { DomWindow } from '../../core/import/sanitize-html';

/** A DOM for Node (jsdom, scripts never run), so the CLI reads HTML through the same sanitiser and schema as a paste. */
export function nodeWindow(): DomWindow & { DOMParser: new () => { parseFromString(text: string, type: string): { body: unknown } } } {
  return new JSDOM('<!doctype html><html><body></body></html>').window as unknown as ReturnType<typeof nodeWindow>;
}
