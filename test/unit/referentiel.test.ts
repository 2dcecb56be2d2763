import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCriteria, referentielSchema } from '../../core/referential/referentiel-schema';
import { flattenSections } from '../../core/referential/template-schema';
import { library, template } from '../helpers/sample';
import { ROOT, TEMPLATES_DIR } from '../helpers/paths';

const SOURCE = join(TEMPLATES_DIR, 'referentiel/source/referentiel-activites-competences.txt');
const SHARED_SOURCE = join(ROOT, '../shared/referentiel/referentiel-activites-competences.txt');

/** Every criterion of the source text: the last cell of each table row, one per list item. */
function criteriaFromSource(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    const cells = line.split('\t');
    if (cells.length < 3) continue;
    const last = cells[cells.length - 1];
    if (!last.trim() || /CRITÈRES D'ÉVALUATION/.test(last)) continue;
    const items = [...last.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]);
    for (const raw of items.length ? items : [last]) {
      const plain = raw
        .replace(/<[^>]+>/g, '')
        .replace(/^[-•]\s*/, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (plain) found.push(plain);
    }
  }
  return found;
}

const referentiel = library.referentiels.get('bizdev-manager')!;
const criteria = listCriteria(referentiel);

describe('référentiel', () => {
  // Without ../shared the copy in the repo is the reference: the comparison is reported as skipped, not passed.
  it.skipIf(!existsSync(SHARED_SOURCE))('keeps its own copy of the source identical to the shared one', () => {
    expect(readFileSync(SOURCE, 'utf8')).toBe(readFileSync(SHARED_SOURCE, 'utf8'));
  });

  it('has the 42 criteria, with the ids of criteria.md and in four blocks', () => {
    expect(referentiel.blocks.map((b) => b.id)).toEqual(['1', '2', '3', '4']);
    expect(criteria).toHaveLength(42);
    expect(criteria.slice(0, 3).map((c) => c.id)).toEqual(['1.1.a', '1.1.b', '1.2.a']);
    expect(new Set(criteria.map((c) => c.id)).size).toBe(42);
  });

  it('words every criterion exactly as the source text, none missing, none added', () => {
    const source = criteriaFromSource(readFileSync(SOURCE, 'utf8'));
    expect(source).toHaveLength(42);
    expect([...criteria.map((c) => c.wording)].sort()).toEqual([...source].sort());
  });

  it('lists every competence with its connaissances associées', () => {
    const competences = referentiel.blocks.flatMap((b) => b.competences);
    expect(competences.map((c) => c.id)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '2.6',
      '2.7',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '3.5',
      '4.1',
      '4.2',
      '4.3',
      '4.4',
    ]);
    const text = readFileSync(SOURCE, 'utf8');
    for (const c of competences) {
      expect(c.knowledge.length).toBeGreaterThan(0);
      expect(text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain(c.statement.slice(0, 60));
    }
  });

  it('refuses a référentiel with a duplicated criterion or an unknown competence', () => {
    const broken = structuredClone(referentiel);
    broken.blocks[0].evaluations[0].criteria.push({ ...broken.blocks[0].evaluations[0].criteria[0] });
    expect(referentielSchema.safeParse(broken).success).toBe(false);
    const unknown = structuredClone(referentiel);
    unknown.blocks[0].evaluations[0].competenceIds.push('9.9');
    expect(referentielSchema.safeParse(unknown).success).toBe(false);
  });
});

describe('mémoire template', () => {
  const sections = flattenSections(template.sections);

  it('has the sections the mémoire needs, in order', () => {
    expect(sections.map((s) => s.id)).toEqual([
      'remerciements',
      'introduction',
      'diagnostic',
      'diagnostic-externe',
      'diagnostic-interne',
      'strategie',
      'pac',
      'collaboration',
      'detection',
      'social-selling',
      'prospection',
      'appels-offres',
      'crm',
      'suivi',
      'negociations',
      'performance',
      'conclusion',
      'bibliographie',
      'annexes',
    ]);
  });

  it('links every mémoire criterion of the référentiel to a section', () => {
    const linked = new Set(sections.flatMap((s) => s.criteria));
    const memoireCriteria = criteria.filter((c) => c.scope === 'memoire').map((c) => c.id);
    expect(memoireCriteria.filter((id) => !linked.has(id))).toEqual([]);
  });

  it('gives every section French guidance and weights that add up to the whole', () => {
    for (const s of sections) expect(s.guidance.length).toBeGreaterThan(40);
    expect(sections.reduce((sum, s) => sum + s.weight, 0)).toBeCloseTo(1, 5);
  });
});
