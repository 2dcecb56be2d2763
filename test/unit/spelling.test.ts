import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadHunspell } from '../../core/spelling/hunspell-engine';
import { SpellChecker } from '../../core/spelling/spell-checker';
import { spellTokens } from '../../core/spelling/spell-tokens';
import { ROOT, TEMPLATES_DIR } from '../helpers/paths';
import { apiCall, apiFailure, testBackend } from '../helpers/backend';

const words = (text: string) => spellTokens(text).map((t) => t.word);

async function frenchChecker(): Promise<SpellChecker> {
  const dir = join(ROOT, 'node_modules', 'dictionary-fr');
  return new SpellChecker(await loadHunspell(readFileSync(join(dir, 'index.aff')), readFileSync(join(dir, 'index.dic'))));
}

describe('spelling: the words read', () => {
  it('keeps elided and hyphenated words whole, with their offsets', () => {
    expect(spellTokens('l’entreprise a des chiffres-clés')).toEqual([
      { word: 'l’entreprise', from: 0, to: 12 },
      { word: 'des', from: 15, to: 18 },
      { word: 'chiffres-clés', from: 19, to: 32 },
    ]);
  });

  it('skips acronyms, single letters, words glued to digits and addresses, as Word does', () => {
    expect(words('Le CRM du 1er T4 en B2B : voir https://exemple.fr/page et contact@exemple.fr, ou plan.docx')).toEqual(['Le', 'du', 'en', 'voir', 'et', 'ou']);
  });

  it('reads a word before a sentence’s full stop', () => {
    expect(words('La stratégie. Fin')).toEqual(['La', 'stratégie', 'Fin']);
  });
});

describe('spelling: French Hunspell with the business vocabulary', () => {
  let checker: SpellChecker;
  beforeAll(async () => {
    checker = await frenchChecker();
  });

  it('underlines misspelt words and only those', () => {
    const text = 'Le développment de la prospection passe par un plan d’action commerciale chiffré.';
    expect(checker.misspellings(text)).toEqual([{ word: 'développment', from: 3, to: 15 }]);
  });

  it('knows the référentiel’s business words, elided or not, and capitals without their accent', () => {
    const text = 'Le social selling sur LinkedIn génère des leads ; l’onboarding suit le closing et le phoning. Etude du benchmark.';
    expect(checker.misspellings(text)).toEqual([]);
  });

  it('finds the only misspelling of the référentiel’s own text (its « Négociier »)', () => {
    const source = readFileSync(join(TEMPLATES_DIR, 'referentiel', 'source', 'referentiel-activites-competences.txt'), 'utf8');
    const prose = source.replace(/<[^>]*>/g, '');
    expect([...new Set(checker.misspellings(prose).map((m) => m.word))]).toEqual(['Négociier']);
  });

  it('suggests the right word first or close to it, keeping an elision typed in front', () => {
    expect(checker.suggestions('développment')).toContain('développement');
    expect(checker.suggestions('stratgie')[0]).toBe('stratégie');
    expect(checker.suggestions('l’stratgie').some((s) => s.endsWith('stratégie'))).toBe(true);
  });

  it('accepts added words from then on: personal dictionary and the cover’s names, each word of a name', () => {
    const own = new SpellChecker((checker as unknown as { engine: never }).engine);
    expect(own.misspellings('Kerbrat et Quéméneur visitent Ploumanac’h')).toHaveLength(3);
    own.addWords(['Yann Kerbrat', 'Quéméneur']);
    expect(own.misspellings('Kerbrat et Quéméneur visitent Ploumanac’h').map((m) => m.word)).toEqual(['Ploumanac’h']);
    own.addWords(['Ploumanac’h']);
    expect(own.misspellings("Ploumanac’h et Ploumanac'h")).toEqual([]);
  });
});

describe('spelling: the personal dictionary', () => {
  it('is kept by the app, shared by every mémoire, and survives a new back end on the same data folder', async () => {
    const b = testBackend();
    expect(await apiCall(b, 'spelling.words', {})).toEqual({ words: [] });
    await apiCall(b, 'spelling.addWord', { word: 'Kerbrat' });
    await apiCall(b, 'spelling.addWord', { word: 'argumentaire-type' });
    await apiCall(b, 'spelling.addWord', { word: 'Kerbrat' });
    expect((await apiCall(b, 'spelling.words', {})).words).toEqual(['argumentaire-type', 'Kerbrat']);
    expect(readFileSync(join(b.root, 'data', 'dictionnaire-personnel.json'), 'utf8')).toContain('Kerbrat');
    expect((await apiCall(b, 'spelling.removeWord', { word: 'Kerbrat' })).words).toEqual(['argumentaire-type']);
    b.backend.closeAll();
  });

  it('refuses what is not a word, in French', async () => {
    const b = testBackend();
    const error = await apiFailure(b, 'spelling.addWord', { word: '<img src=x>' });
    expect(error.message).toMatch(/lettres/);
    expect((await apiCall(b, 'spelling.words', {})).words).toEqual([]);
    b.backend.closeAll();
  });
});
