import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRenderTree } from '../../core/render/render-tree';
import { exportDocxPaged } from '../../core/export/export-memoire';
import { exportPdf, layoutTree } from '../../core/export/pdf/pdf-exporter';
import { layoutPreset } from '../../core/export/presets';
import { writeFileAtomic } from '../../core/export/write-file-atomic';
import { loadTemplateLibrary } from '../../core/referential/load-templates';
import { memoireMetaSchema } from '../../core/model/metadata';
import { generateMemoire } from '../fixtures/generate-memoire';
import { FONTS_DIR, TEMPLATES_DIR } from '../helpers/paths';
import { median, report } from './stats';

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

    const paginate: number[] = [];
    for (let i = 0; i < 12; i++) {
      const t0 = performance.now();
      // As the editor's live count does (core/export/export-memoire.ts countPages).
      layoutTree(buildRenderTree(doc, meta, template, { includeAnnexes: false }), preset, FONTS_DIR, () => null, { measureOnly: true });
      paginate.push(performance.now() - t0);
    }

    const docx = join(dir, 'same.docx');
    writeFileAtomic(docx, await exportDocxPaged(buildRenderTree(doc, meta, template), preset, { fontsDir: FONTS_DIR }, () => null));
    const profile = `file://${join(dir, 'lo-profile')}`;
    const convert = () => execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), docx], { stdio: 'ignore' });
    convert();
    const exportOnce = async () => {
      const t0 = performance.now();
      const tree = buildRenderTree(doc, meta, template);
      writeFileAtomic(join(dir, 'ours.pdf'), await exportPdf(tree, { preset, fontsDir: FONTS_DIR, images: () => null }));
      return performance.now() - t0;
    };
    for (let i = 0; i < 4; i++) await exportOnce();
    // Ours and LibreOffice alternate, so both meet the same load on a shared machine.
    const ours: number[] = [];
    const peer: number[] = [];
    for (let i = 0; i < 3; i++) {
      ours.push(await exportOnce(), await exportOnce());
      const t0 = performance.now();
      convert();
      peer.push(performance.now() - t0);
    }
    const lo = { name: 'LibreOffice DOCX → PDF', ms: median(peer) };
    return [
      report('Export PDF 25 000 mots (en mémoire, à chaud)', median(ours), lo, { ms: lo.ms / 5, label: '≥ 5× plus rapide que LibreOffice' }),
      report('Pagination du mémoire entier (nombre de pages)', median(paginate.slice(2)), null, { ms: 100, label: '≤ 100 ms' }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
