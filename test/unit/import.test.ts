import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../core/import/html-to-document';
import { sanitizeHtml } from '../../core/import/sanitize-html';
import { docxToHtml } from '../../core/import/docx';
import { checkDocument } from '../../core/schema/extensions';
import { nodeWindow } from '../../main/shared/node-dom';
import { runCli } from '../../main/cli/index';
import { MemoireFile } from '../../core/store/memoire-file';
import { generateMemoire } from '../fixtures/generate-memoire';
import { ROOT } from '../helpers/paths';
import { sampleMemoire, template } from '../helpers/sample';
import { tempDir } from '../helpers/temp';

const window = nodeWindow();

describe('lists pasted from Word', () => {
  it('become real lists, nested by level, numbered when Word numbered them, without their « · » markers', () => {
    const html = readFileSync(join(ROOT, 'test/fixtures/paste/word-lists.html'), 'utf8');
    const doc = htmlToDocument(html, nodeWindow());
    expect(checkDocument(doc)).toEqual({ ok: true });
    const types = (doc.content ?? []).map((n) => n.type);
    expect(types).toEqual(['paragraph', 'bulletList', 'paragraph', 'orderedList']);
    const bullets = doc.content![1];
    expect(bullets.content).toHaveLength(2);
    const nested = bullets.content![0].content![1];
    expect(nested.type).toBe('bulletList');
    expect(JSON.stringify(nested)).toContain('responsables maintenance');
    expect(JSON.stringify(nested)).toContain('"type":"bold"');
    const text = JSON.stringify(doc);
    expect(text).not.toMatch(/"text":"[·o]\s/);
    expect(text).not.toContain('1.');
    expect(doc.content![3].content).toHaveLength(2);
  });

  it('leaves HTML without Word lists as it was', () => {
    const html = '<p>Un paragraphe</p><ul><li>un point</li></ul>';
    expect(sanitizeHtml(html, nodeWindow())).toBe(html);
  });
});

describe('hostile HTML (paste or Word) through the sanitiser and the schema', () => {
  it('keeps text, structure and safe links; drops scripts, handlers, frames, styles and javascript: links', () => {
    const html = `<h2 style="color:red">Diagnostic externe</h2><p onclick="steal()">Texte <b>gras</b> <a href="javascript:alert(1)">piège</a> <a href="https://www.insee.fr">INSEE</a></p>
      <script>alert(1)</script><img src=x onerror="alert(1)"><iframe src="https://evil.example"></iframe><svg><script>alert(2)</script></svg>
      <form action="https://evil.example"><input name=a></form><object data="x.swf"></object><p>fin</p>`;
    const clean = sanitizeHtml(html, window);
    expect(clean).not.toMatch(/script|onerror|onclick|iframe|javascript:|style=|<form|<object|<svg/i);
    const doc = htmlToDocument(html, window);
    expect(checkDocument(doc)).toEqual({ ok: true });
    const json = JSON.stringify(doc);
    expect(json).toContain('"type":"heading"');
    expect(json).toContain('https://www.insee.fr');
    expect(json).not.toContain('javascript');
    expect(json).toContain('piège');
  });

  it('reads our own blocks back from HTML, normalising whatever their data says', () => {
    const doc = htmlToDocument(
      `<div data-block="goNoGo" data-block-data='{"fields":{"seuil":60,"decision":"Go","evil":"x"},"tables":{"criteres":[{"critere":"Marge","poids":"50","note":"4","__proto__":{"x":1}}]}}'></div><div data-block="pac" data-block-data="pas du json"></div>`,
      window,
    );
    expect(doc.content?.[0]).toMatchObject({ type: 'goNoGo', attrs: { data: { fields: { seuil: '60', decision: 'Go' } } } });
    expect(Object.keys((doc.content?.[0].attrs?.data as { fields: object }).fields)).toEqual(['appelOffres', 'seuil', 'decision', 'justification']);
    expect(doc.content?.[1].type).toBe('pac');
  });
});

describe('Word files', () => {
  it('refuses what is not a readable .docx with a French message', async () => {
    await expect(docxToHtml(Buffer.from('bonjour'))).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'Ce fichier n’est pas un document Word (.docx) lisible.',
    });
    await expect(docxToHtml(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200)]))).rejects.toMatchObject({
      message: /^Ce document Word est endommagé/,
    });
  });

  it('`memoire check` reads a Word mémoire on the fly and finds the evidence in its tables', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'm.md'),
      [
        '# Diagnostic externe : opportunités et menaces',
        '',
        '| Menace | Probabilité | Impact |',
        '|---|---|---|',
        '| Concurrent national | 4 | 4 |',
        '| Pénurie de techniciens | 3 | |',
        '',
        "# Plan d'action commerciale",
        '',
        '| Action | Type | Canaux | Budget |',
        '|---|---|---|---|',
        '| Webinaire | Détection | LinkedIn, E-mailing | 4 500 |',
        '| Tournée | Conquête | Terrain | 6 000 |',
        '',
      ].join('\n'),
    );
    // The fixture is made by code (pandoc), not stored as a binary.
    execFileSync('pandoc', [join(dir, 'm.md'), '-o', join(dir, 'm.docx')]);
    const lines: string[] = [];
    expect(await runCli(['check', join(dir, 'm.docx'), '--json'], (l) => lines.push(l))).toBe(0);
    const report = JSON.parse(lines.join('\n'));
    const byId = Object.fromEntries(report.criteria.map((c: { criterionId: string }) => [c.criterionId, c]));
    expect(byId['1.1.b'].status).toBe('partial');
    expect(byId['1.1.b'].advice[0]).toBe('1 menace sur 2 sans estimation du risque (probabilité et impact, criticité ou CA exposé).');
    expect(byId['1.4.b'].advice.join(' ')).toMatch(/Aucune action de fidélisation/);
    expect(byId['1.4.b'].convertible).toMatchObject({ blockName: 'pac' });
    const text: string[] = [];
    await runCli(['check', join(dir, 'm.docx')], (l) => text.push(l));
    expect(text[0]).toMatch(/^Mémoire : \d+ critères? sur 29 satisfaits?,/);
    expect(text.join('\n')).toContain('◐ 1.1.b Menaces estimées en termes de risques (partiel)');
  });

  it('`memoire check` on the reference .memoire: every mémoire criterion satisfied', async () => {
    const path = join(tempDir(), 'ref.memoire');
    const file = MemoireFile.create(path, { ...sampleMemoire(), doc: generateMemoire(template, 6000) });
    file.close();
    const lines: string[] = [];
    expect(await runCli(['check', path], (l) => lines.push(l))).toBe(0);
    expect(lines[0]).toBe('Mémoire : 29 critères sur 29 satisfaits, 0 partiel, 0 manquant');
    const bad = join(tempDir(), 'faux.docx');
    writeFileSync(bad, readFileSync(path));
    const err: string[] = [];
    expect(await runCli(['check', bad], (l) => err.push(l))).toBe(1);
    expect(err[0]).toBe('Erreur : Ce fichier n’est pas un document Word (.docx) lisible.');
  });
});
