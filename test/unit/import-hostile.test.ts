import { describe, expect, it } from 'vitest';
import { readDocxDraft } from '../../core/import/import-docx';
import { nodeWindow } from '../../main/shared/node-dom';
import { workerDraftReader } from '../../main/shared/draft-reader';
import { template } from '../helpers/sample';
import { HOSTILE_DOCX, pandocDocx, zipBytes as bytes } from '../helpers/hostile-docx';

const read = (data: Buffer) => readDocxDraft(data, nodeWindow(), template);

describe('hostile Word files are refused before conversion, in French, with bounded memory', () => {
  const cases = HOSTILE_DOCX;

  for (const [name, make, message] of cases) {
    it(`refuses ${name}`, async () => {
      const data = await make();
      const before = process.memoryUsage().rss;
      await expect(read(data)).rejects.toMatchObject({ message });
      // Nothing was inflated beyond the caps: memory stays within a few tens of megabytes.
      expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024);
    });
  }
  console.log(`cas de fichiers Word hostiles : ${cases.length}`);

  it('reads drafts in a worker: one that exhausts its capped heap or its time ends in French, and the app reads the next one', async () => {
    const data = await bytes(await pandocDocx(`# Diagnostic\n\n${'Un paragraphe du mémoire, assez long pour peser. '.repeat(2000)}`));
    await expect(workerDraftReader({ heapMb: 8, timeoutMs: 600_000 })(data, template)).rejects.toMatchObject({
      code: 'too-large',
      message: /demande trop de mémoire/,
    });
    await expect(workerDraftReader({ heapMb: 512, timeoutMs: 1 })(data, template)).rejects.toMatchObject({ code: 'too-large', message: /pris trop de temps/ });
    const draft = await workerDraftReader()(data, template);
    expect(draft.headings.map((h) => h.text)).toEqual(['Diagnostic']);
    await expect(workerDraftReader()(Buffer.from('pas un docx'), template)).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'Ce fichier n’est pas un document Word (.docx) lisible.',
    });
  });

  it('neutralises javascript: links and keeps the text', async () => {
    const zip = await pandocDocx('# Prospection\n\nVoir [le fichier](https://example.org/liste) et [ceci](javascript:alert(1)).');
    const draft = await read(await bytes(zip));
    const json = JSON.stringify(draft.doc);
    expect(json).toContain('https://example.org/liste');
    expect(json).not.toMatch(/javascript:/i);
    expect(json).toContain('ceci');
  });

  it('keeps footnotes, lists and headings, and matches headings to the template sections', async () => {
    const zip = await pandocDocx(
      '# 1. Analyse de l’environnement\n\nLe marché[^1] bouge.\n\n- premier point\n- second point\n\n# Mon plan d’action\n\nTexte.\n\n[^1]: Source : INSEE, 2025.',
    );
    const draft = await read(await bytes(zip));
    expect(draft.headings.map((h) => h.sectionId)).toEqual(['diagnostic-externe', 'pac']);
    expect(JSON.stringify(draft.doc)).toContain('"type":"footnote","attrs":{"text":"Source : INSEE, 2025."}');
    expect(draft.report).toMatchObject({ footnotes: 1, lists: 1, headings: 2, mappedHeadings: 2 });
  });
});
