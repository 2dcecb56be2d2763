import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadHunspell } from '../../core/spelling/hunspell-engine';
import { SpellChecker } from '../../core/spelling/spell-checker';
import { loadTemplateLibrary } from '../../core/referential/load-templates';
import { memoireSchema } from '../../core/schema/extensions';
import { countWords } from '../../core/document/word-count';
import { generateMemoire } from '../fixtures/generate-memoire';
import { ROOT, TEMPLATES_DIR } from '../helpers/paths';
import { median, report } from './stats';

/** The paragraphs the editor's spelling sends to the worker: every textblock's text. */
function paragraphTexts(): string[] {
  const template = loadTemplateLibrary(TEMPLATES_DIR).templates.get('memoire-pac')!;
  const doc = memoireSchema().nodeFromJSON(generateMemoire(template));
  const texts: string[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'guidance' || node.isAtom) return false;
    if (!node.isTextblock) return true;
    if (node.content.size) texts.push(node.textBetween(0, node.content.size, undefined, '\uFFFC'));
    return false;
  });
  return texts;
}

/**
 * Spelling the 25,000-word reference mémoire in the worker's code, under Node: from scratch (the
 * dictionary loaded, every paragraph read) and after an edit (one changed paragraph). Peer: bare
 * Hunspell asked about each space-separated word, with no word reading, vocabulary or cache.
 */
export async function benchSpelling(): Promise<string[]> {
  const dir = join(ROOT, 'node_modules', 'dictionary-fr');
  const aff = readFileSync(join(dir, 'index.aff'));
  const dic = readFileSync(join(dir, 'index.dic'));
  const texts = paragraphTexts();
  const words = texts.reduce((n, t) => n + countWords(t), 0);

  const scratch: number[] = [];
  let checker: SpellChecker | null = null;
  for (let i = 0; i < 4; i++) {
    const t0 = performance.now();
    checker = new SpellChecker(await loadHunspell(aff, dic));
    for (const text of texts) checker.misspellings(text);
    scratch.push(performance.now() - t0);
  }
  const bare = await loadHunspell(aff, dic);
  const peerScratch: number[] = [];
  for (let i = 0; i < 4; i++) {
    const t0 = performance.now();
    const engine = await loadHunspell(aff, dic);
    for (const text of texts) for (const w of text.split(/\s+/)) if (w) engine.spell(w);
    peerScratch.push(performance.now() - t0);
  }

  // One edit: a paragraph of the middle with a new word in it, as typed, read again.
  // A new misspelt word in each, never seen before (letters only: a word glued to a digit is not read).
  const unseen = (i: number) => [...i.toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('');
  const edited = texts.slice(100, 160).map((t, i) => `${t} prospectoin${unseen(i)} reformulée`);
  const perParagraph: number[] = [];
  for (const text of edited) {
    const t0 = performance.now();
    checker!.misspellings(text);
    perParagraph.push(performance.now() - t0);
  }
  const peerParagraph: number[] = [];
  for (const text of edited) {
    const t0 = performance.now();
    for (const w of text.split(/\s+/)) if (w) bare.spell(w);
    peerParagraph.push(performance.now() - t0);
  }
  return [
    report(
      `Orthographe de ${Math.round(words / 1000)} 000 mots, à froid`,
      median(scratch),
      { name: 'Hunspell nu, mot à mot', ms: median(peerScratch) },
      { ms: 2000, label: '≤ 2 s' },
    ),
    report(
      'Orthographe d’un paragraphe modifié',
      median(perParagraph),
      { name: 'Hunspell nu, mot à mot', ms: median(peerParagraph) },
      { ms: 20, label: '≤ 20 ms' },
    ),
  ];
}
