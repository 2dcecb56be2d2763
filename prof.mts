import { buildRenderTree } from '/work/main/core/render/render-tree';
import { layoutTree } from '/work/main/core/export/pdf/pdf-exporter';
import { layoutPreset } from '/work/main/core/export/presets';
import { loadTemplateLibrary } from '/work/main/core/referential/load-templates';
import { memoireMetaSchema } from '/work/main/core/model/metadata';
import { generateMemoire } from '/work/main/test/fixtures/generate-memoire';
const template = loadTemplateLibrary('/work/main/templates').templates.get('memoire-pac')!;
const tree = buildRenderTree(generateMemoire(template, 25000), memoireMetaSchema.parse({ title: 'T', candidate: 'C' }), template);
const preset = layoutPreset('times-12');
const ts: number[] = [];
for (let i = 0; i < 30; i++) { const t = performance.now(); layoutTree(tree, preset, '/work/main/assets/fonts', () => null); ts.push(performance.now() - t); }
ts.sort((a, b) => a - b); console.log('median', ts[15].toFixed(1));
