// Writes dist-cli/exemple.memoire, a complete mémoire made from the reference fixture (25 000 words,
// every business block filled), so the CLI can be tried at once:
//   node dist-cli/memoire.cjs info dist-cli/exemple.memoire
// Run by `npm run build:cli`; the file is rebuilt each time, never committed.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplateLibrary } from '../core/referential/load-templates';
import { MemoireFile } from '../core/store/memoire-file';
import { documentStats } from '../core/document/sections';
import { memoireMetaSchema } from '../core/model/metadata';
import { generateMemoire } from '../test/fixtures/generate-memoire';

const out = join('dist-cli', 'exemple.memoire');
const template = loadTemplateLibrary('templates').templates.get('memoire-pac')!;
// 13 000 words: within the référentiel's 40–60 pages, as a finished mémoire should be.
const doc = generateMemoire(template, 13_000);
mkdirSync('dist-cli', { recursive: true });
if (existsSync(out)) rmSync(out);
const file = MemoireFile.create(out, {
  meta: memoireMetaSchema.parse({
    title: 'Développer le segment des PME industrielles en Auvergne',
    subtitle: 'Plan d’action commerciale 2026 de l’agence de Clermont-Ferrand',
    candidate: 'Camille Martin',
    company: 'Vialis Services',
    perimeter: 'Agence de Clermont-Ferrand',
    tutor: 'Julien Roux',
    school: 'ESC Clermont',
    year: '2026',
  }),
  settings: { templateId: template.id, referentielId: template.referentielId, length: template.length },
  doc,
});
file.saveDocument(doc, documentStats(doc).totalWords);
file.close();
console.log(`Mémoire d’exemple écrit : ${out}`);
