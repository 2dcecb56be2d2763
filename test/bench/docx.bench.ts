import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRenderTree, type RenderBlock } from '../../core/render/render-tree';
import { exportDocxPaged } from '../../core/export/export-memoire';
import { clearCountedLines } from '../../core/layout/text-layout';
import { layoutPreset } from '../../core/export/presets';
import { writeFileAtomic } from '../../core/export/write-file-atomic';
import { loadTemplateLibrary } from '../../core/referential/load-templates';
import { memoireMetaSchema } from '../../core/model/metadata';
import { generateMemoire } from '../fixtures/generate-memoire';
import { FONTS_DIR, TEMPLATES_DIR } from '../helpers/paths';
import { median, oursAgainstPeer, report } from './stats';

/** The same content as Markdown, for pandoc (headings, paragraphs, lists, pipe tables). */
function toMarkdown(blocks: RenderBlock[]): string {
  const text = (b: RenderBlock): string => {
    switch (b.kind) {
      case 'heading':
        return `${'#'.repeat(b.level)} ${b.text}`;
      case 'paragraph':
        return b.inlines.map((i) => (i.bold ? `**${i.text}**` : i.text)).join('');
      case 'list':
        return b.items.map((item) => `- ${item.map(text).join(' ')}`).join('\n');
      case 'table': {
        const row = (cells: Array<Array<{ text: string }>>) =>
          `| ${cells
            .map((c) =>
              c
                .map((i) => i.text)
                .join(' ')
                .replace(/\|/g, '/')
                .replace(/\n/g, ' '),
            )
            .join(' | ')} |`;
        const header = b.header ?? b.rows[0];
        const body = b.header ? b.rows : b.rows.slice(1);
        return [row(header), `|${header.map(() => '---').join('|')}|`, ...body.map(row)].join('\n');
      }
      default:
        return '';
    }
  };
  return blocks.map(text).filter(Boolean).join('\n\n');
}

/** DOCX export of the 25,000-word reference mémoire against pandoc (Markdown → DOCX) on the same content. */
export async function benchDocx(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'memoire-bench-docx-'));
  try {
    const template = loadTemplateLibrary(TEMPLATES_DIR).templates.get('memoire-pac')!;
    const doc = generateMemoire(template);
    const meta = memoireMetaSchema.parse({ title: 'Référence', candidate: 'Bench', company: 'Vialis Services' });
    const md = join(dir, 'same.md');
    writeFileSync(md, toMarkdown(buildRenderTree(doc, meta, template).body));
    const exportOnce = async () => {
      const t0 = performance.now();
      const tree = buildRenderTree(doc, meta, template);
      writeFileAtomic(join(dir, 'ours.docx'), await exportDocxPaged(tree, layoutPreset('times-12'), { fontsDir: FONTS_DIR }, () => null));
      return performance.now() - t0;
    };
    const measured = await oursAgainstPeer(exportOnce, () => execFileSync('pandoc', [md, '-o', join(dir, 'pandoc.docx')]), { warmup: 6, ours: 6, peer: 3 });
    // The same with the line cache emptied first: the sommaire's layout measured from nothing.
    const cold: number[] = [];
    for (let i = 0; i < 6; i++) {
      clearCountedLines();
      cold.push(await exportOnce());
    }
    const pandoc = { name: 'pandoc Markdown → DOCX', ms: measured.peer };
    return [
      report('Export DOCX 25 000 mots (en mémoire, à chaud)', measured.ours, pandoc, { ms: pandoc.ms / 3, label: '≥ 3× plus rapide que pandoc' }),
      report('  … lignes du sommaire recomptées', median(cold), pandoc, { ms: pandoc.ms / 3, label: '≥ 3× plus rapide que pandoc' }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
