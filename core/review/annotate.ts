import type { Node as PmModelNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import type { PmNode } from '../model/document';
import type { Comment } from '../model/review';
import { memoireSchema } from '../schema/extensions';
import { indexText, reanchor } from './anchors';

/**
 * Where a comment's note goes: at the end of its passage in a paragraph; after the block, in a line of
 * its own naming what was commented, for a block row or a heading (neither prints notes).
 */
function notePlace(doc: PmModelNode, anchor: NonNullable<Comment['anchor']>): { at: number; line: string | null } {
  if (anchor.row) return { at: anchor.to, line: `Ligne commentée : ${anchor.quote}` };
  const $to = doc.resolve(anchor.to);
  if ($to.parent.type.name === 'paragraph') return { at: anchor.to, line: null };
  const quote = anchor.quote.length > 120 ? `${anchor.quote.slice(0, 119).trim()}…` : anchor.quote.trim();
  return { at: $to.depth ? $to.after() : anchor.to, line: `Passage commenté : « ${quote} »` };
}

/**
 * The « version annotée »: a copy of the document where each open comment becomes a note at the end
 * of its passage (« Commentaire de … : … », replies after it), so the PDF and Word exports print the
 * comments where they apply. The mémoire itself is not changed; a detached comment is not printed.
 * `commentNotes` (note text → author) tells the render tree which notes are comments: the PDF prints
 * them in the margin, the Word file as Word comments.
 */
export function annotateDocument(doc: PmNode, comments: readonly Comment[]): { doc: PmNode; commentNotes: Map<string, string> } {
  const schema = memoireSchema();
  const node = schema.nodeFromJSON(doc);
  const index = indexText(node);
  const notes = comments
    .filter((c) => !c.parentId && !c.resolvedAt && c.anchor)
    .map((c) => ({ c, anchor: reanchor(index, c.anchor!) }))
    .filter(({ anchor }) => !anchor.detached)
    .map(({ c, anchor }) => {
      const replies = comments.filter((r) => r.parentId === c.id).map((r) => ` — ${r.authorName} : ${r.body}`);
      return { ...notePlace(node, anchor), author: c.authorName, text: `Commentaire de ${c.authorName} : ${c.body}${replies.join('')}` };
    })
    // From the end of the text, so inserting one note does not move where the others go.
    .sort((a, b) => b.at - a.at);
  const tr = new Transform(node);
  for (const note of notes) {
    const footnote = schema.nodes.footnote.create({ text: note.text });
    tr.insert(note.at, note.line ? schema.nodes.paragraph.create(null, [schema.text(note.line), footnote]) : footnote);
  }
  return { doc: tr.doc.toJSON() as PmNode, commentNotes: new Map(notes.map((n) => [n.text, n.author])) };
}
