import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRenderTree } from '../../core/render/render-tree';
import { exportDocxPaged } from '../../core/export/export-memoire';
import { exportPdf, layoutTree } from '../../core/export/pdf/pdf-exporter';
import { clearCountedLines } from '../../core/layout/text-layout';
import { layoutPreset } from '../../core/export/presets';
import { writeFileAtomic } from '../../core/export/write-file-atomic';
import { loadTemplateLibrary } from '../../core/referential/load-templates';
import { memoireMetaSchema } from '../../core/model/metadata';
import { generateMemoire } from '../fixtures/generate-memoire';
import { FONTS_DIR, TEMPLATES_DIR } from '../helpers/paths';
import { median, oursAgainstPeer, report } from './stats';

/**
 * PDF export of the 25,000-word reference mémoire against LibreOffice converting our DOCX of the same
 * content, and the live pagination (page count) of the whole mémoire.
 */
export async function benchPdf(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'memoire-bench-pdf-'));
  try {
    const template = loadTemplateLibrary(TEMPLATES_DIR).templates.get('memoire-pac')!;
    const doc = generateMemoire(template);
    const meta = memoireMetaSchema.parse({ title: 'Référence', candidate: 'Bench', company: 'Vialis Services' });
    const preset = layoutPreset('times-12');

    // The live count: the whole mémoire laid out with the line cache emptied first (as on opening),
    // and again after one paragraph changed (as after a keystroke).
    const count = (d: typeof doc) =>
      layoutTree(buildRenderTree(d, meta, template, { includeAnnexes: false }), preset, FONTS_DIR, () => null, { measureOnly: true });
    const paginate: number[] = [];
    const afterEdit: number[] = [];
    for (let i = 0; i < 12; i++) {
      clearCountedLines();
      let t0 = performance.now();
      count(doc);
      paginate.push(performance.now() - t0);
      const edited = structuredClone(doc);
      const paragraph = edited.content!.find((n) => n.type === 'paragraph' && n.content?.length)!;
      paragraph.content![0] = { ...paragraph.content![0], text: `${paragraph.content![0].text} Ajout ${i}.` };
      t0 = performance.now();
      count(edited);
      afterEdit.push(performance.now() - t0);
    }

    const docx = join(dir, 'same.docx');
    writeFileAtomic(docx, await exportDocxPaged(buildRenderTree(doc, meta, template), preset, { fontsDir: FONTS_DIR }, () => null));
    const profile = `file://${join(dir, 'lo-profile')}`;
    const convert = () =>
      execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), docx], {
        stdio: 'ignore',
      });
    convert();
    const exportOnce = async () => {
      const tree = buildRenderTree(doc, meta, template);
      writeFileAtomic(join(dir, 'ours.pdf'), await exportPdf(tree, { preset, fontsDir: FONTS_DIR, images: () => null }));
    };
    const measured = await oursAgainstPeer(exportOnce, convert, { warmup: 4, ours: 4, peer: 2 });
    const lo = { name: 'LibreOffice DOCX → PDF', ms: measured.peer };
    return [
      report('Export PDF 25 000 mots (en mémoire, à chaud)', measured.ours, lo, { ms: lo.ms / 5, label: '≥ 5× plus rapide que LibreOffice' }),
      report('Pagination du mémoire entier (nombre de pages)', median(paginate.slice(2)), null, { ms: 100, label: '≤ 100 ms' }),
      report('  … après une frappe (lignes en cache)', median(afterEdit.slice(2)), null, { ms: 100, label: '≤ 100 ms' }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
