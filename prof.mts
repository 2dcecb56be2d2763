import { buildRenderTree } from '/work/main/core/render/render-tree';
import { layoutTree } from '/work/main/core/export/pdf/pdf-exporter';
import { layoutPreset } from '/work/main/core/export/presets';
import { loadTemplateLibrary } from '/work/main/core/referential/load-templates';
import { memoireMetaSchema } from '/work/main/core/model/metadata';
import { generateMemoire } from '/work/main/test/fixtures/generate-memoire';
const template = loadTemplateLibrary('/work/main/templates').templates.get('memoire-pac')!;
const doc = generateMemoire(template, 25000);
const meta = memoireMetaSchema.parse({ title: 'T', candidate: 'C' });
const preset = layoutPreset('times-12');
const ts: number[] = [], tt: number[] = [];
for (let i = 0; i < 40; i++) { let t = performance.now(); const tree = buildRenderTree(doc, meta, template); tt.push(performance.now() - t); t = performance.now(); layoutTree(tree, preset, '/work/main/assets/fonts', () => null); ts.push(performance.now() - t); }
ts.sort((a, b) => a - b); tt.sort((a, b) => a - b); console.log('layout median', ts[20].toFixed(1), 'tree', tt[20].toFixed(1));
