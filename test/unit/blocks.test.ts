import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { invalidBlockValues } from '../../core/schema/blocks/invalid-values';
import { validateBlock } from '../../core/schema/blocks/validate-block';
import { emptyBlockData, normalizeBlockData } from '../../core/schema/blocks/block-spec';
import { blockSpec, BLOCK_SPECS, specOf } from '../../core/schema/blocks/registry';
import { agree, formatFrDate, formatFrNumber, nounCount, parseFrDate, parseFrNumber } from '../../core/schema/blocks/parse-values';
import { buildRenderTree } from '../../core/render/render-tree';
import { memoireMetaSchema } from '../../core/model/metadata';
import { sampleMemoire, template } from '../helpers/sample';
import { blockSummary, goNoGoScore, pacShares, trackingRows, kpiSeries, prospectionTotals } from '../../core/schema/blocks';
import { checkDocument } from '../../core/schema/extensions';
import { REFERENCE_BLOCKS } from '../fixtures/reference-blocks';
import { check } from '../helpers/checks';
import type { PmNode } from '../../core/model/document';

const today = new Date('2026-11-28T12:00:00Z');

describe('one module per kind of block', () => {
  const kindsDir = join(ROOT, 'core/schema/blocks/kinds');
  const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

  it('each kind lives in the module named after it, registered once', () => {
    const files = readdirSync(kindsDir).map((f) => f.replace(/\.ts$/, ''));
    expect(BLOCK_SPECS.map((s) => kebab(s.name)).sort()).toEqual(files.sort());
    expect(new Set(BLOCK_SPECS.map((s) => s.name)).size).toBe(BLOCK_SPECS.length);
    for (const spec of BLOCK_SPECS) expect(readFileSync(join(kindsDir, `${kebab(spec.name)}.ts`), 'utf8')).toContain(`name: '${spec.name}'`);
  });

  it('computed columns and cross-field checks name the tables and cells of their own spec', () => {
    for (const spec of BLOCK_SPECS) {
      for (const table of Object.keys(spec.computedColumns ?? {}))
        expect(
          spec.tables.map((t) => t.key),
          spec.name,
        ).toContain(table);
      const filled = emptyBlockData(spec);
      for (const issue of spec.crossIssues?.(filled) ?? []) expect(issue.path.split('.')[0], spec.name).toMatch(/^(fields|tables)$/);
    }
    const grid = { fields: {}, tables: { criteres: [{ critere: 'Marge', famille: 'Économique', poids: '60', note: '4' }] } };
    const issues = specOf('goNoGo').crossIssues!(grid);
    expect(issues.map((i) => i.path)).toEqual(['tables.criteres']);
    expect(specOf('pac').crossIssues!({ fields: {}, tables: { actions: [{ action: 'Salon', debut: '10/05/2027', fin: '01/05/2027' }] } })[0].path).toBe(
      'tables.actions.0.fin',
    );
  });
});

describe('French values', () => {
  it('reads numbers and dates as candidates type them', () => {
    expect(parseFrNumber('12 500')).toBe(12500);
    expect(parseFrNumber('12 500,50 €')).toBe(12500.5);
    expect(parseFrNumber('1.234,5')).toBe(1234.5);
    expect(parseFrNumber('4,5 %')).toBe(4.5);
    expect(parseFrNumber('douze')).toBeNull();
    expect(parseFrDate('30/06/2027')?.toISOString().slice(0, 10)).toBe('2027-06-30');
    expect(parseFrDate('2027-02-30')).toBeNull();
    expect(parseFrDate('31/04/27')).toBeNull();
  });
});

describe('block validation', () => {
  it('says in French what is wrong, on the field, without throwing', () => {
    const pac = specOf('pac');
    const data = emptyBlockData(pac);
    data.tables.actions[0] = {
      ...data.tables.actions[0],
      action: 'Salon',
      type: 'Conquête',
      canaux: ['Salon'],
      budget: 'beaucoup',
      debut: '10/05/2027',
      fin: '01/05/2027',
    };
    const issues = validateBlock(pac, data, today);
    expect(issues).toContainEqual({ path: 'tables.actions.0.budget', message: '« beaucoup » n’est pas un nombre', level: 'error' });
    expect(issues).toContainEqual({ path: 'tables.actions.0.fin', message: 'La fin précède le début', level: 'error' });
    // Rows not started yet carry no message.
    expect(issues.filter((i) => i.path.startsWith('tables.actions.1'))).toEqual([]);

    const smart = specOf('objectifsSmart');
    const s = emptyBlockData(smart);
    s.tables.objectifs[0] = { ...s.tables.objectifs[0], enonce: 'Gagner des clients', echeance: '01/01/2026' };
    expect(validateBlock(smart, s, today)).toContainEqual({
      path: 'tables.objectifs.0.echeance',
      message: 'Échéance déjà passée : est-ce un objectif atteint ou à reporter ?',
      level: 'warning',
    });

    const grid = structuredClone(REFERENCE_BLOCKS.goNoGo);
    grid.tables.criteres[0].poids = '15';
    expect(validateBlock(specOf('goNoGo'), grid, today)).toContainEqual({
      path: 'tables.criteres',
      message: 'La somme des poids fait 90 % au lieu de 100 %',
      level: 'error',
    });
    grid.tables.criteres[1].note = '9';
    expect(validateBlock(specOf('goNoGo'), grid, today)).toContainEqual(
      expect.objectContaining({ path: 'tables.criteres.1.note', message: 'Note entière attendue de 0 à 5' }),
    );
  });

  it('lists the wrong values of a document’s blocks for the export, in the form’s words, with the block to jump to', () => {
    const pac = structuredClone(REFERENCE_BLOCKS.pac);
    pac.tables.actions[1] = { ...pac.tables.actions[1], budget: 'environ 3000', debut: '10/05/2027', fin: '01/05/2027' };
    const smart = emptyBlockData(specOf('objectifsSmart'));
    smart.tables.objectifs[0] = { ...smart.tables.objectifs[0], enonce: 'Gagner des clients', echeance: '01/01/2026' };
    const nodes = [
      { type: 'paragraph', data: undefined },
      { type: 'objectifsSmart', data: smart },
      { type: 'pac', data: pac },
    ];
    // A deadline already past is worth a look on screen, not a reason to stop an export.
    expect(invalidBlockValues(nodes, today)).toEqual([
      { index: 2, block: 'Plan d’action commerciale', where: 'Budget (€) (action 2)', message: '« environ 3000 » n’est pas un nombre' },
      { index: 2, block: 'Plan d’action commerciale', where: 'Fin (action 2)', message: 'La fin précède le début' },
    ]);
    expect(
      invalidBlockValues(
        Object.entries(REFERENCE_BLOCKS).map(([type, data]) => ({ type, data })),
        today,
      ),
    ).toEqual([]);
  });

  it('accepts the reference data without errors', () => {
    for (const [name, data] of Object.entries(REFERENCE_BLOCKS)) {
      expect(
        validateBlock(blockSpec(name)!, data, today).filter((i) => i.level === 'error'),
        name,
      ).toEqual([]);
    }
  });

  it('reads hostile or foreign data as something safe', () => {
    const spec = specOf('pac');
    for (const raw of [
      null,
      42,
      'texte',
      [],
      { fields: 'x', tables: { actions: 'y' } },
      { tables: { actions: [null, 7, { action: { evil: 1 }, canaux: 'LinkedIn, Salon', budget: 1200, __proto__: { polluted: true } }] } },
    ]) {
      const data = normalizeBlockData(spec, raw);
      expect(Object.keys(data.fields)).toEqual(['phases']);
      for (const row of data.tables.actions) expect(Object.keys(row)).toEqual(spec.tables[0].columns.map((c) => c.key));
    }
    const last = normalizeBlockData(spec, { tables: { actions: [{ action: { evil: 1 }, canaux: 'LinkedIn, Salon', budget: 1200 }] } });
    expect(last.tables.actions[0]).toMatchObject({ action: '', canaux: ['LinkedIn', 'Salon'], budget: '1200' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives every block a node in the editor schema, and a block survives a JSON round trip', () => {
    const doc: PmNode = { type: 'doc', content: BLOCK_SPECS.map((s) => ({ type: s.name, attrs: { data: REFERENCE_BLOCKS[s.name] ?? emptyBlockData(s) } })) };
    expect(checkDocument(doc)).toEqual({ ok: true });
    expect(BLOCK_SPECS).toHaveLength(17);
  });
});

describe('computations', () => {
  it('computes PAC shares, go/no-go score, gaps and ROI, KPI trends and tour costs', () => {
    const shares = pacShares(REFERENCE_BLOCKS.pac);
    expect(shares.totalBudget).toBe(28200);
    expect(shares.byType['Détection'].count).toBe(2);
    expect(shares.byType['Fidélisation'].budgetShare).toBeCloseTo(9500 / 28200);
    expect(shares.multichannelActions).toBe(5);
    const g = goNoGoScore(REFERENCE_BLOCKS.goNoGo);
    expect(g.weightSum).toBe(100);
    expect(g.score).toBeCloseTo(25 * 0.6 + 15 * 0.8 + 20 * 1 + 10 * 0.8 + 20 * 0.6 + 10 * 1);
    expect(g.suggested).toBe('Go');
    const [first] = trackingRows(REFERENCE_BLOCKS.suivi);
    expect(first).toMatchObject({ gap: -2, roi: (9000 - 1200) / 1200 });
    expect(first.gapRatio).toBeCloseTo(-1 / 3);
    expect(kpiSeries(REFERENCE_BLOCKS.kpi)[0]).toMatchObject({ periodsFilled: 4, last: 262, gapToObjective: 12, trend: 'hausse' });
    expect(prospectionTotals(REFERENCE_BLOCKS.prospection)).toMatchObject({ visits: 39, km: 1110, zones: 3 });
    expect(prospectionTotals(REFERENCE_BLOCKS.prospection).cost).toBeCloseTo(499.5);
  });
});

describe('practice templates', () => {
  const withBlocks = (blocks: Array<[string, unknown]>) => check({ type: 'doc', content: blocks.map(([type, data]) => ({ type, attrs: { data } })) });
  const status = (r: ReturnType<typeof check>, id: string) => r.criteria.find((c) => c.criterionId === id)!;

  it('checks the e-mailing rules', () => {
    const good = {
      fields: {
        cible: 'Responsables maintenance',
        support: 'E-mail HTML court',
        faisabilite: '4',
        efficacite: '3',
        objet: 'Vos arrêts de ligne vous coûtent cher',
        preheader: 'Intervention garantie en 4 h',
        corps: 'Bonjour {Prénom}, …',
        cta: 'Prendre rendez-vous',
        desinscription: true,
        automation: 'Scénario de relance Brevo',
      },
      tables: {},
    };
    const r = withBlocks([['emailing', good]]);
    for (const id of ['2.2.a', '2.2.b', '2.2.c', '2.2.e']) expect(status(r, id).status, id).toBe('satisfied');
    expect(status(r, '2.2.d').status).toBe('manual');
    const bad = withBlocks([['emailing', { ...good, fields: { ...good.fields, objet: 'x'.repeat(75), corps: 'Bonjour,', desinscription: false } }]]);
    expect(status(bad, '2.2.c').status).toBe('partial');
    expect(status(bad, '2.2.c').advice).toEqual([
      'L’objet fait 75 caractères : 60 au plus pour être lu en entier sur mobile.',
      'Personnalisez le message (ex. {Prénom}, {Entreprise}).',
      'Prévoyez le lien de désinscription (obligatoire).',
    ]);
  });

  it('checks the process map column by column, and leaves the proposal’s form to the tutor', () => {
    const step = (over: Record<string, string> = {}) => ({
      etape: 'Détection',
      acteur: 'Commercial',
      implication: 'Qualifie le lead',
      interactions: 'Marketing',
      qualite: 'Lead qualifié sous 48 h',
      performance: 'Taux de qualification',
      ...over,
    });
    const r = withBlocks([
      [
        'cartographie',
        { fields: {}, tables: { etapes: [step(), step({ etape: 'Proposition' }), step({ etape: 'Négociation', qualite: '' }), step({ etape: 'Suivi' })] } },
      ],
      ['proposition', { fields: { besoins: 'a', solution: 'b', prix: '1000', conditions: 'c' }, tables: {} }],
    ]);
    expect(status(r, '4.1.a').status).toBe('satisfied');
    expect(status(r, '4.2.b').status).toBe('partial');
    expect(status(r, '4.2.a').status).toBe('partial');
    expect(status(r, '3.4.a').status).toBe('satisfied');
    expect(status(r, '3.4.b').status).toBe('manual');
  });
});

describe('counts in French', () => {
  it('agree the noun with the number, never « action(s) »', () => {
    expect(nounCount(0, 'action')).toBe('0 action');
    expect(nounCount(1, 'action')).toBe('1 action');
    expect(nounCount(2, 'action')).toBe('2 actions');
    expect(nounCount(3, 'tableau', 'tableaux')).toBe('3 tableaux');
    expect(nounCount(1500, 'visite')).toBe('1\u202f500 visites');
    expect(agree(1, 'rattaché', 'rattachés')).toBe('rattaché');
    expect(agree(4, 'rattaché', 'rattachés')).toBe('rattachés');
    const pac = blockSummary(specOf('pac'), { fields: {}, tables: { actions: [{ action: 'Salon', type: 'Détection', canaux: ['Salon'], budget: '1000' }] } });
    expect(pac.map((l) => l.value).join(' ')).toContain('1 action,');
    expect(pac.map((l) => l.value).join(' ')).not.toContain('(s)');
  });
});

describe('values as print shows them', () => {
  it('writes dates in French and negatives with a real minus, and reads them back', () => {
    expect(formatFrNumber(-12000)).toBe('\u221212\u202f000');
    expect(parseFrNumber('\u221212\u202f000')).toBe(-12000);
    expect(formatFrDate('2026-06-30')).toBe('30/06/2026');
    expect(formatFrDate('fin juin')).toBe('fin juin');
    const doc: PmNode = {
      type: 'doc',
      content: [
        {
          type: 'pac',
          attrs: {
            data: {
              fields: {},
              tables: { actions: [{ action: 'Salon', type: 'Détection', canaux: ['Salon'], budget: '-500', debut: '2026-06-30', fin: '2026-07-15' }] },
            },
          },
        },
      ],
    };
    const tree = buildRenderTree(doc, memoireMetaSchema.parse(sampleMemoire().meta), template);
    const cells = JSON.stringify(tree.body);
    expect(cells).toContain('30/06/2026');
    expect(cells).not.toContain('2026-06-30');
    expect(cells).toContain('\u2212500');
  });

  it('heads the KPI columns with the periods the candidate named, in print as in the chart', () => {
    const kpi: PmNode = {
      type: 'kpi',
      attrs: {
        data: {
          fields: { periode1: 'T1', periode2: 'T2', periode3: '', periode4: '' },
          tables: { indicateurs: [{ indicateur: 'CA', unite: 'k€', objectif: '100', p1: '80', p2: '95' }] },
        },
      },
    };
    const tree = buildRenderTree({ type: 'doc', content: [kpi] }, memoireMetaSchema.parse(sampleMemoire().meta), template);
    const table = tree.body.find((b) => b.kind === 'table' && b.header && b.header.some((h) => h.some((i) => i.text === 'Indicateur')));
    const header = table && table.kind === 'table' ? table.header!.map((h) => h.map((i) => i.text).join('')) : [];
    // The periods named T1 and T2 head their columns; the two periods left empty are not printed.
    expect(header).toEqual(['Indicateur', 'Unité', 'Objectif', 'T1', 'T2']);
  });
});
