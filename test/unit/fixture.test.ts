import { countWords } from '../../core/document/word-count';
import { nodeText } from '../../core/document/sections';
import { describe, expect, it } from 'vitest';
import { generateMemoire } from '../fixtures/generate-memoire';
import { documentStats } from '../../core/document/sections';
import { checkDocument } from '../../core/schema/extensions';
import { template } from '../helpers/sample';

describe('reference mémoire fixture', () => {
  it('is a valid 25,000-word French mémoire covering every template section, the same on every run', () => {
    const doc = generateMemoire(template);
    expect(checkDocument(doc)).toEqual({ ok: true });
    const stats = documentStats(doc);
    // 25 000 words of prose, and the words of its 13 filled blocks on top (counted since the outline counts blocks).
    const blockWords = (doc.content ?? []).filter((n) => n.attrs?.data !== undefined).reduce((sum, n) => sum + countWords(nodeText(n)), 0);
    expect(blockWords).toBeGreaterThan(500);
    expect(stats.totalWords - blockWords).toBeGreaterThan(24_500);
    expect(stats.totalWords - blockWords).toBeLessThan(25_800);
    expect(stats.tables).toBeGreaterThan(3);
    const ids = new Set(stats.sections.map((s) => s.sectionId).filter(Boolean));
    expect(ids.size).toBe(19);
    expect(JSON.stringify(generateMemoire(template))).toBe(JSON.stringify(doc));
    expect(JSON.stringify(doc)).toMatch(/d’affaires/);
  });
});
