import { Transform } from '@tiptap/pm/transform';
import type { PmNode } from '../model/document';
import type { Comment } from '../model/review';
import { memoireSchema } from '../schema/extensions';
import { indexText, reanchor } from './anchors';

/**
 * The « version annotée »: a copy of the document where each open comment becomes a note at the end
 * of its passage (« Commentaire de … : … », replies after it), so the PDF and Word exports print the
 * comments where they apply. The mémoire itself is not changed; a detached comment is not printed.
 */
export function annotateDocument(doc: PmNode, comments: readonly Comment[]): PmNode {
  const schema = memoireSchema();
  const node = schema.nodeFromJSON(doc);
  const index = indexText(node);
  const notes = comments
    .filter((c) => !c.parentId && !c.resolvedAt && c.anchor)
    .map((c) => ({ c, anchor: reanchor(index, c.anchor!) }))
    .filter(({ anchor }) => !anchor.detached)
    .map(({ c, anchor }) => {
      const replies = comments.filter((r) => r.parentId === c.id).map((r) => ` — ${r.authorName} : ${r.body}`);
      return { at: anchor.to, row: anchor.row ? `Ligne commentée : ${anchor.quote}` : null, text: `Commentaire de ${c.authorName} : ${c.body}${replies.join('')}` };
    })
    // From the end of the text, so inserting one note does not move where the others go.
    .sort((a, b) => b.at - a.at);
  const tr = new Transform(node);
  for (const note of notes) {
    const footnote = schema.nodes.footnote.create({ text: note.text });
    // A note on a block row goes in a line of its own after the block: a block holds no text.
    tr.insert(note.at, note.row ? schema.nodes.paragraph.create(null, [schema.text(note.row), footnote]) : footnote);
  }
  return tr.doc.toJSON() as PmNode;
}
