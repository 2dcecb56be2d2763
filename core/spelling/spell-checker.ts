import { spellTokens, type SpellToken } from './spell-tokens';
import vocabulary from '../../templates/spelling/vocabulaire.json';

/** What a dictionary engine offers (Hunspell's interface, reduced to what the checker uses). */
export interface SpellEngine {
  spell(word: string): boolean;
  suggest(word: string): string[];
  addWord(word: string): void;
}

const MAX_SUGGESTIONS = 6;
const ELISION = new RegExp(`^(?:${vocabulary.elisions.join('|')})['’]`, 'iu');

/**
 * French spelling over a Hunspell engine: remembers each word's verdict (a mémoire repeats its
 * words), knows the référentiel's business vocabulary, the candidate's own words and the names of
 * the cover, and reads elided words the way the dictionary cannot for added ones (« l’onboarding »).
 */
export class SpellChecker {
  private readonly verdicts = new Map<string, boolean>();

  constructor(private readonly engine: SpellEngine) {
    this.addWords(vocabulary.words);
  }

  /** Words to accept from now on (personal dictionary, names, « Ignorer »); each word of a name counts. */
  addWords(words: Iterable<string>): void {
    for (const entry of words) {
      for (const token of spellTokens(entry)) {
        // The dictionary reads a typographic apostrophe as a straight one: the added word goes in that way too.
        this.engine.addWord(token.word);
        if (token.word.includes('’')) this.engine.addWord(token.word.replaceAll('’', "'"));
      }
    }
    this.verdicts.clear();
  }

  /** Whether a word is spelt right (cached). */
  isCorrect(word: string): boolean {
    let verdict = this.verdicts.get(word);
    if (verdict === undefined) {
      verdict = this.judge(word);
      this.verdicts.set(word, verdict);
    }
    return verdict;
  }

  /** The misspelt words of a text, with their offsets. */
  misspellings(text: string): SpellToken[] {
    return spellTokens(text).filter((t) => !this.isCorrect(t.word));
  }

  /** Replacement proposals for a misspelt word, best first. */
  suggestions(word: string): string[] {
    const elided = ELISION.exec(word)?.[0] ?? '';
    const proposals = this.engine.suggest(word);
    // « l’strategie » is better answered on its word, keeping what the candidate typed in front.
    const fromWord = elided && proposals.length === 0 ? this.engine.suggest(word.slice(elided.length)).map((s) => elided + s) : [];
    return [...new Set([...proposals, ...fromWord])].slice(0, MAX_SUGGESTIONS);
  }

  private judge(word: string): boolean {
    if (this.engine.spell(word)) return true;
    const elided = ELISION.exec(word)?.[0];
    if (elided && this.isCorrect(word.slice(elided.length))) return true;
    // French allows a capital without its accent (« Etude », « Ecole »): try the accented capitals.
    const accented = (vocabulary.accentedCapitals as Record<string, string[]>)[word[0]] ?? [];
    if (accented.some((capital) => this.engine.spell(capital + word.slice(1)))) return true;
    // A compound the dictionary does not list is right when each of its parts is (« social-selling »).
    const parts = word.split('-');
    return parts.length > 1 && parts.every((p) => p.length < 2 || this.isCorrect(p));
  }
}
