import { describe, expect, it } from 'vitest';
import { countInBlock, findInText, findPattern, replaceInBlock } from '../../core/document/find-text';
import { REFERENCE_BLOCKS } from '../fixtures/reference-blocks';

const find = (text: string, query: string, wholeWord = false, matchCase = false) =>
  findInText(text, findPattern(query, { wholeWord, matchCase })!).map((m) => text.slice(m.from, m.to));

describe('find and replace', () => {
  it('finds every occurrence, with the whole-word and case options', () => {
    const text = 'Le PAC de la région PACA (PAC 2026) ; le pac révisé.';
    expect(find(text, 'pac')).toEqual(['PAC', 'PAC', 'PAC', 'pac']);
    expect(find(text, 'pac', true)).toEqual(['PAC', 'PAC', 'pac']);
    expect(find(text, 'PAC', true, true)).toEqual(['PAC', 'PAC']);
    expect(find('côté cote Côté', 'côté')).toEqual(['côté', 'Côté']);
    expect(find('prix (1+1) $', '(1+1)')).toEqual(['(1+1)']);
    expect(findPattern('', { wholeWord: false, matchCase: false })).toBeNull();
  });

  it('replaces in a business block’s text fields and cells only, literally', () => {
    const pattern = findPattern('LinkedIn', { wholeWord: true, matchCase: false })!;
    // « Campagne LinkedIn… » is an action's text; the « LinkedIn » channels are choices, never rewritten.
    const before = countInBlock('pac', REFERENCE_BLOCKS.pac, pattern);
    expect(before).toBe(1);
    const { data, count } = replaceInBlock('pac', REFERENCE_BLOCKS.pac, pattern, 'Linked $1 In');
    expect(count).toBe(before);
    expect(data.tables.actions[1].action).toBe('Campagne Linked $1 In décret tertiaire');
    expect(data.tables.actions[1].canaux).toEqual(['LinkedIn', 'Site web']);
    expect(countInBlock('pac', data, findPattern('Linked $1 In', { wholeWord: false, matchCase: true })!)).toBe(before);
    expect(replaceInBlock('paragraph', {}, pattern, 'x').count).toBe(0);
  });
});
