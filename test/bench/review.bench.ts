import { memoireSchema } from '../../core/schema/extensions';
import { anchorAt, indexText, reanchor } from '../../core/review/anchors';
import { loadTemplateLibrary } from '../../core/referential/load-templates';
import type { PmNode } from '../../core/model/document';
import { generateMemoire } from '../fixtures/generate-memoire';
import { TEMPLATES_DIR } from '../helpers/paths';
import { median, report } from './stats';

/**
 * Issue #11: re-anchoring 200 comments after a 5,000-word edit (≤ 50 ms). The reference mémoire gets
 * 200 comments spread over its text; then 5,000 words of new paragraphs are inserted at the start and
 * in the middle, and every comment is found again by its quoted text and context.
 */
export function benchReanchor(): string[] {
  const template = loadTemplateLibrary(TEMPLATES_DIR).templates.get('memoire-pac')!;
  const before = generateMemoire(template);
  const index = indexText(memoireSchema().nodeFromJSON(before));
  const anchors = Array.from({ length: 200 }, (_, i) => {
    const block = index.starts[Math.floor(((i + 0.5) / 200) * index.starts.length)];
    return anchorAt(index, block.pos + 2, block.pos + 30);
  });
  const filler = (n: number): PmNode[] =>
    Array.from({ length: n }, (_, i) => ({
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: `Paragraphe ajouté numéro ${i} après l’envoi au tuteur, pour vérifier que chaque commentaire retrouve sa place malgré le texte nouveau qui décale toutes les positions du document.`,
        },
      ],
    }));
  const content = before.content!;
  const after: PmNode = {
    type: 'doc',
    content: [...filler(130), ...content.slice(0, content.length / 2), ...filler(130), ...content.slice(content.length / 2)],
  };
  const edited = memoireSchema().nodeFromJSON(after);
  const runs: number[] = [];
  let found = 0;
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    const newIndex = indexText(edited);
    found = anchors.map((a) => reanchor(newIndex, a)).filter((a) => !a.detached).length;
    runs.push(performance.now() - t0);
  }
  // Peer: the least any re-anchoring must do — read the edited document's text once.
  const peer: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    void edited.textContent;
    peer.push(performance.now() - t0);
  }
  return [
    report(
      `Ré-ancrer 200 commentaires après 5 000 mots ajoutés (${found}/200 retrouvés)`,
      median(runs.slice(3)),
      { name: 'lire le texte du document', ms: median(peer.slice(3)) },
      { ms: 50, label: '≤ 50 ms' },
    ),
  ];
}
