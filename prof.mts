import { buildRenderTree } from '/work/main/core/render/render-tree';
import { exportDocxPaged } from '/work/main/core/export/export-memoire';
import { layoutPreset } from '/work/main/core/export/presets';
import { loadTemplateLibrary } from '/work/main/core/referential/load-templates';
import { memoireMetaSchema } from '/work/main/core/model/metadata';
import { generateMemoire } from '/work/main/test/fixtures/generate-memoire';
const template = loadTemplateLibrary('/work/main/templates').templates.get('memoire-pac')!;
const doc = generateMemoire(template, 25000);
const meta = memoireMetaSchema.parse({ title: 'T', candidate: 'C' });
const preset = layoutPreset('times-12');
const ts: number[] = [];
for (let i = 0; i < 20; i++) { const t = performance.now(); await exportDocxPaged(buildRenderTree(doc, meta, template), preset, { fontsDir: '/work/main/assets/fonts' }, () => null); ts.push(performance.now() - t); }
ts.sort((a, b) => a - b); console.log('docx median', ts[10].toFixed(1));
