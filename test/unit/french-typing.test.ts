import { describe, expect, it } from 'vitest';
import { frenchTyped, NBSP, NNBSP } from '../../core/document/french-typing';

/** Types `text` one character at a time, as the editor's input rule applies the replacements. */
function type(text: string): string {
  let out = '';
  for (const char of text) {
    const r = frenchTyped(out, char);
    out = r ? out.slice(0, out.length - r.deleteBefore) + r.text : out + char;
  }
  return out;
}

describe('French typography while typing', () => {
  it('sets quotes, apostrophes and the spaces before ; ! ? : % as Word’s French mode does', () => {
    expect(type('Il a dit "bonjour" ; vraiment ! L\'objectif : 15% des ventes ?')).toBe(
      `Il a dit «${NNBSP}bonjour${NNBSP}»${NNBSP}; vraiment${NNBSP}! L’objectif${NBSP}: 15${NBSP}% des ventes${NNBSP}?`,
    );
    expect(type('Vraiment?!')).toBe(`Vraiment${NNBSP}?!`);
    expect(type('(voir "annexe 2")')).toBe(`(voir «${NNBSP}annexe 2${NNBSP}»)`);
  });

  it('leaves times, addresses and e-mails as typed', () => {
    expect(type('RDV à 12:30')).toBe('RDV à 12:30');
    expect(type('https://www.vialis.fr/offre?id=3;x=1')).toBe('https://www.vialis.fr/offre?id=3;x=1');
    expect(type('contact@vialis.fr!')).toBe('contact@vialis.fr!');
  });

  it('never leaves ; ! ? % or : where a line could start with it', () => {
    const typed = type('Le taux : 12 % ; la marge ? Forte !');
    expect(typed).not.toMatch(/ [;:!?%]/);
  });
});
