import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoireMetaSchema } from '../../core/model/metadata';
import { buildRenderTree } from '../../core/render/render-tree';
import { generateSlidePlan } from '../../core/soutenance/slide-plan';
import { exportSlidesPptx } from '../../core/soutenance/export-slides-pptx';
import { exportSlidesPdf } from '../../core/soutenance/export-slides-pdf';
import { DECK_THEME } from '../../core/soutenance/export-slides';
import { generateMemoire } from '../fixtures/generate-memoire';
import { FONTS_DIR } from '../helpers/paths';
import { sampleMemoire, template } from '../helpers/sample';
import { oursAgainstPeer, report } from './stats';

/**
 * Issue #10: on the reference mémoire, the slide plan (≤ 100 ms, render tree included), the PPTX
 * (≤ 300 ms) and the slides PDF (≤ 500 ms), each against LibreOffice Impress converting the same
 * PPTX to PDF in the same run.
 */
export async function benchSlides(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'memoire-bench-slides-'));
  try {
    const meta = memoireMetaSchema.parse(sampleMemoire().meta);
    const doc = generateMemoire(template);
    const plan = generateSlidePlan(buildRenderTree(doc, meta, template));
    const cover = { title: meta.title, candidate: meta.candidate };
    const pptx = join(dir, 'soutenance.pptx');
    writeFileSync(pptx, await exportSlidesPptx(plan, cover, DECK_THEME));
    const impress = () =>
      execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, pptx], {
        stdio: 'ignore',
        timeout: 120_000,
      });
    impress(); // LibreOffice's first start builds its profile: not counted.
    const counts = { warmup: 2, ours: 5, peer: 2 };
    const planned = await oursAgainstPeer(async () => generateSlidePlan(buildRenderTree(doc, meta, template)), impress, counts);
    const written = await oursAgainstPeer(() => exportSlidesPptx(plan, cover, DECK_THEME), impress, counts);
    const printed = await oursAgainstPeer(() => exportSlidesPdf(plan, cover, DECK_THEME, FONTS_DIR), impress, counts);
    const peer = (ms: number) => ({ name: 'Impress PPTX → PDF', ms });
    return [
      report('Plan des diapositives (arbre de rendu compris)', planned.ours, peer(planned.peer), { ms: 100, label: '≤ 100 ms' }),
      report('Diapositives PPTX', written.ours, peer(written.peer), { ms: 300, label: '≤ 300 ms' }),
      report('Diapositives PDF (notre moteur)', printed.ours, peer(printed.peer), { ms: 500, label: '≤ 500 ms' }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
