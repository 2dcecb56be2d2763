import type { PmNode } from '../model/document';
import { memoireSchema, parseDocument } from './extensions';

/** A stored document the editor can show exactly, or why not and a faithful copy it can show. */
export type RepresentedDocument = { exact: true; doc: PmNode } | { exact: false; reason: string; repaired: PmNode; dropped: string[] };

/** Every piece of text under a JSON node, whatever its shape (numbers and booleans read as text). */
function textsOf(value: unknown, out: string[] = []): string[] {
  const stack: unknown[] = [value];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const n = node as Record<string, unknown>;
    if (typeof n.text === 'string' || typeof n.text === 'number' || typeof n.text === 'boolean') out.push(String(n.text));
    if (Array.isArray(n.content)) for (let i = n.content.length - 1; i >= 0; i--) stack.push(n.content[i]);
  }
  return out;
}

function paragraph(text: string): PmNode {
  return text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' };
}

/** A top-level node kept as it is when the schema accepts it there, else its text as a paragraph. */
function repairTopLevel(node: unknown, dropped: string[]): PmNode[] {
  try {
    const built = memoireSchema().nodeFromJSON(node);
    built.check();
    if (memoireSchema().topNodeType.contentMatch.matchType(built.type)) return [built.toJSON() as PmNode];
  } catch {
    // Falls through to the text rescue below.
  }
  const type = typeof (node as { type?: unknown })?.type === 'string' ? String((node as { type: string }).type) : 'inconnu';
  dropped.push(type);
  const text = textsOf(node).join(' ').replace(/\s+/g, ' ').trim();
  return [paragraph(`[Élément non reconnu : ${type}]${text ? ` ${text}` : ''}`)];
}

/**
 * Checks a stored document against the editor schema. When the editor cannot represent it exactly
 * (a block type from a newer version, text stored as a number, nesting the schema forbids), it
 * returns why and a repaired copy that keeps every word: top-level nodes the schema accepts stay as
 * they are, the others become paragraphs holding their text. The stored document is never touched:
 * the caller opens it read-only and may save the repaired copy as a new file.
 */
export function representDocument(doc: PmNode): RepresentedDocument {
  const parsed = parseDocument(doc);
  if (parsed.ok) return { exact: true, doc };
  const dropped: string[] = [];
  const children = Array.isArray(doc?.content) ? (doc.content as unknown[]) : [];
  let content = children.flatMap((child) => repairTopLevel(child, dropped));
  if (!content.length) content = [paragraph('')];
  let repaired: PmNode = { type: 'doc', content };
  if (!parseDocument(repaired).ok) repaired = { type: 'doc', content: [paragraph(textsOf(doc).join(' '))] };
  return { exact: false, reason: parsed.message, repaired, dropped: [...new Set(dropped)] };
}

/**
 * The stored document of a mémoire as every reader should take it (exports, checks, slides, reviews,
 * the CLI): exactly as stored, or its faithful repair when this build cannot represent it — so a
 * block from a newer version or a pathological nesting never reaches code that assumes the schema.
 */
export function readableDocument(file: { getDocument(): { doc: PmNode } }): PmNode {
  const represented = representDocument(file.getDocument().doc);
  return represented.exact ? represented.doc : represented.repaired;
}
