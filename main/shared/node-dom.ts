import { JSDOM } from 'jsdom';
import type { ParsingWindow } from '../../core/import/import-docx';

/** A DOM for Node (jsdom, scripts never run), so the CLI and the back end read HTML through the same sanitiser and schema as a paste. */
export function nodeWindow(): ParsingWindow {
  return new JSDOM('<!doctype html><html><body></body></html>').window as unknown as ParsingWindow;
}
