import { describe, expect, it } from 'vitest';
import { countWords } from '../../core/document/word-count';
import { documentStats, estimatePages, jsonBlocks } from '../../core/document/sections';
import { pmBlocks } from '../../core/document/pm-blocks';
import { documentFromTemplate, sectionTargets } from '../../core/document/from-template';
import { memoireSchema } from '../../core/schema/extensions';
import type { PmNode } from '../../core/model/document';
import { template } from '../helpers/sample';
import { REFERENCE_BLOCKS } from '../fixtures/reference-blocks';

const p = (text: string): PmNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const h = (level: number, text: string, sectionId: string | null = null): PmNode => ({
  type: 'heading',
  attrs: { level, sectionId },
  content: [{ type: 'text', text }],
});

describe('word count', () => {
  it('counts French words like a word processor', () => {
    expect(countWords("L'entreprise a réalisé 1 200 000 € de CA, c'est-à-dire +4 % ; « bien » !")).toBe(11);
    expect(countWords('aujourd’hui')).toBe(1);
    expect(countWords('  ')).toBe(0);
    expect(countWords('PME/ETI — B2B')).toBe(3);
  });
});

describe('document stats', () => {
  const doc: PmNode = {
    type: 'doc',
    content: [
      h(1, 'Diagnostic', 'diagnostic'),
      { type: 'guidance', attrs: { text: 'Ces mots de conseil ne comptent pas du tout' } },
      p('un deux trois'),
      h(2, 'Externe', 'diagnostic-externe'),
      p('quatre cinq'),
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [
              { type: 'tableCell', content: [p('six')] },
              { type: 'tableCell', content: [p('sept')] },
            ],
          },
        ],
      },
      h(2, 'Interne', 'diagnostic-interne'),
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'huit' }, { type: 'footnote', attrs: { text: 'note' } }, { type: 'hardBreak' }, { type: 'text', text: 'neuf' }],
      },
      h(1, 'Stratégie', 'strategie'),
      { type: 'figure', attrs: { attachmentId: 'x' }, content: [{ type: 'text', text: 'Carte des zones' }] },
    ],
  };

  it('counts words per section, rolls sub-sections up and ignores guidance', () => {
    const stats = documentStats(doc);
    expect(stats.sections.map((s) => [s.title, s.ownWords, s.words])).toEqual([
      ['Diagnostic', 3, 9],
      ['Externe', 4, 4],
      ['Interne', 2, 2],
      ['Stratégie', 3, 3],
    ]);
    expect(stats.totalWords).toBe(1 + 3 + 1 + 2 + 2 + 1 + 2 + 1 + 3);
    expect(stats.figures).toBe(1);
    expect(stats.tables).toBe(1);
  });

  it('gives the same summary from a live ProseMirror document as from JSON', () => {
    expect(pmBlocks(memoireSchema().nodeFromJSON(doc))).toEqual(jsonBlocks(doc));
  });

  it('counts the words of a filled business block in its section (an empty block counts nothing), live and from JSON', () => {
    const doc: PmNode = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1, sectionId: 'pac' }, content: [{ type: 'text', text: 'Plan d’action commerciale' }] },
        { type: 'pac', attrs: { data: REFERENCE_BLOCKS.pac } },
        { type: 'heading', attrs: { level: 1, sectionId: 'suivi' }, content: [{ type: 'text', text: 'Suivi' }] },
        { type: 'kpi', attrs: { data: { fields: {}, tables: {} } } },
      ],
    };
    const stats = documentStats(doc);
    expect(stats.sections[0].ownWords).toBeGreaterThan(40);
    expect(stats.sections[1].ownWords).toBe(0);
    // A select prints its label, a tick does not count: the PAC's text as the reader sees it.
    const pac = jsonBlocks(doc)[1].text;
    expect(pac).toContain('Conquête');
    expect(pmBlocks(memoireSchema().nodeFromJSON(doc))).toEqual(jsonBlocks(doc));
  });

  it('estimates pages from words, figures and tables', () => {
    expect(estimatePages({ totalWords: 3500, figures: 0, tables: 0 }, 350)).toBe(10);
    expect(estimatePages({ totalWords: 3500, figures: 5, tables: 0 }, 350)).toBeCloseTo(12);
  });
});

describe('section targets', () => {
  it('splits the length window across sections by weight, parents summing their children', () => {
    const length = { minPages: 40, maxPages: 60, wordsPerPage: 350 };
    const targets = sectionTargets(template, length);
    const diag = targets.get('diagnostic')!;
    const ext = targets.get('diagnostic-externe')!;
    const int = targets.get('diagnostic-interne')!;
    expect(diag.minWords).toBeCloseTo(ext.minWords + int.minWords, -1);
    const topLevel = template.sections.map((s) => targets.get(s.id)).filter(Boolean);
    expect(topLevel.reduce((sum, t) => sum + t!.maxWords, 0)).toBeCloseTo(60 * 350, -2);
    expect(targets.has('annexes')).toBe(false);
  });

  it('starts a mémoire with a heading, a guidance box and an empty paragraph per section', () => {
    const doc = documentFromTemplate(template);
    expect(doc.content?.slice(0, 3).map((n) => n.type)).toEqual(['heading', 'guidance', 'paragraph']);
    expect(doc.content?.[0].attrs).toEqual({ level: 1, sectionId: 'remerciements' });
    expect(documentStats(doc).sections).toHaveLength(19);
  });
});
