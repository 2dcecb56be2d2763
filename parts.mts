import { buildRenderTree } from '/work/main/core/render/render-tree';
import { exportDocx } from '/work/main/core/export/docx/docx-exporter';
import { layoutTree } from '/work/main/core/export/pdf/pdf-exporter';
import { layoutPreset } from '/work/main/core/export/presets';
import { loadTemplateLibrary } from '/work/main/core/referential/load-templates';
import { memoireMetaSchema } from '/work/main/core/model/metadata';
import { generateMemoire } from '/work/main/test/fixtures/generate-memoire';
const template = loadTemplateLibrary('/work/main/templates').templates.get('memoire-pac')!;
const doc = generateMemoire(template, 25000);
const meta = memoireMetaSchema.parse({ title: 'T', candidate: 'C' });
const preset = layoutPreset('times-12');
const r: Record<string, number[]> = { tree: [], layout: [], docx: [] };
for (let i = 0; i < 25; i++) {
  let t = performance.now(); const tree = buildRenderTree(doc, meta, template); r.tree.push(performance.now() - t);
  t = performance.now(); const laid = layoutTree(tree, preset, '/work/main/assets/fonts', () => null, { lineModel: 'writer', measureOnly: true }); r.layout.push(performance.now() - t);
  t = performance.now(); await exportDocx(tree, { preset, images: () => null, tocPages: new Map([...laid.anchors].map(([a, p]) => [a, p.page + 1])), tableWidths: laid.tableWidths }); r.docx.push(performance.now() - t);
}
for (const [k, v] of Object.entries(r)) { v.sort((a, b) => a - b); console.log(k, v[12].toFixed(1)); }
