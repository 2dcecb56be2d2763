// `memoire <commande>`: the same core services as the app, for tutors and scripts.
import { exportStem } from '../../core/export/export-names';
import { safeFileName } from '../../core/app/file-names';
import { readableDocument } from '../../core/schema/document-repair';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoireFile } from '../../core/store/memoire-file';
import { documentStats, estimatePages } from '../../core/document/sections';
import { AppError } from '../../core/errors';
import { countPages, exportMemoire } from '../../core/export/export-memoire';
import { withExportExtension } from '../../core/export/export-target';
import { LAYOUT_PRESETS } from '../../core/export/presets';
import { invalidBlockValues } from '../../core/schema/blocks/invalid-values';
import { flattenSections } from '../../core/referential/template-schema';
import { loadTemplateLibrary } from '../../core/referential/load-templates';
import { openMemoire } from './open-memoire';
import { checkFile, explainReport, formatQuestions, formatReport } from './check-command';
import { juryQuestions } from '../../core/soutenance/jury-questions';
import { exportSlides } from '../../core/soutenance/export-slides';
import { batchCsv, batchJson, batchText, checkMany, expandInputs } from './batch-check';
import { workerDraftReader } from '../shared/draft-reader';
import { createMemoireFromDraft } from '../../core/services/import-draft';
import { memoireMetaSchema } from '../../core/model/metadata';
import { agree, nounCount } from '../../core/schema/blocks/parse-values';
import { exportEvaluationGrid } from '../../core/review/export-grid';

/** The value after an option (`--out x`), or undefined. */
function value(rest: string[], name: string): string | undefined {
  return rest.includes(name) ? rest[rest.indexOf(name) + 1] : undefined;
}

/** The folder that holds templates/ and resources/: found upwards from this file (source or bundle). */
function appRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'templates')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
const TEMPLATES_DIR = join(appRoot(), 'templates');
const FONTS_DIR = join(appRoot(), 'resources', 'fonts');
/** The version printed by `memoire --version` (package.json, read once). */
function appVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'inconnue';
  }
}

const USAGE = `Utilisation : memoire <commande> <fichier.memoire|fichier.docx> [options]

Commandes :
  export    exporte le mémoire : --docx et/ou --pdf [--out fichier] [--preset times-12|arial-11]
            [--confidentiel] [--sans-annexes] [--section identifiant] [--annotee : commentaires ouverts dans la marge]
  grid      grille d'évaluation du tuteur (statuts, preuves, avis, commentaires) : --pdf et/ou --docx [--out fichier]
  import    crée un .memoire à partir d'un brouillon Word (.docx jamais modifié) [--out fichier.memoire]
            [--candidat nom] [--convertir-tableaux] [--json]
  check     critères du référentiel : statut, conseils, vérifications (.memoire ou .docx) [--json]
            plusieurs fichiers ou un dossier : une ligne par candidat et le tableau des critères [--csv|--json]
            [--explain : pour chaque critère, les passages cités et la condition du barème qui manque]
  slides    diapositives de la soutenance tirées du mémoire : --pptx et/ou --pdf [--out fichier] [--confidentiel] [--notes : PDF avec les notes sous chaque diapositive]
  questions questions probables du jury : ce que le mémoire ne montre pas encore, les chiffres à défendre (.memoire ou .docx) [--json]
  info      titre, candidat, mots par section, pages mises en page [--json]
  history   versions enregistrées dans l'historique [--json]`;

type Out = (line: string) => void;

/**
 * Where the CLI writes an export, by the app's one naming rule (`exportStem`): `--out` a folder → the
 * export's name inside it; `--out` a file → that file, with each format's extension; no `--out` → the
 * export's name beside the mémoire.
 */
function exportPath(memoirePath: string, outArg: string | undefined, stem: string, format: 'docx' | 'pdf' | 'pptx'): string {
  if (outArg === undefined) return withExportExtension(join(dirname(resolve(memoirePath)), safeFileName(stem)), format);
  const out = resolve(outArg);
  if (existsSync(out) && statSync(out).isDirectory()) return withExportExtension(join(out, safeFileName(stem)), format);
  return withExportExtension(out, format);
}

/** The mémoire's template, or the bundled PAC template for a file made with one this build lacks. */
function templateOf(library: ReturnType<typeof loadTemplateLibrary>, templateId: string) {
  return library.templates.get(templateId) ?? library.templates.get('memoire-pac')!;
}
type Args = { file: string; rest: string[]; out: Out; warn: Out; json: boolean };

/** Opens the mémoire for the length of one command and always closes it. */
async function withMemoire<T>(file: string, warn: Out, fn: (opened: MemoireFile) => Promise<T> | T): Promise<T> {
  const opened = await openMemoire(file, warn);
  try {
    return await fn(opened);
  } finally {
    opened.close();
  }
}

const commands: Record<string, (args: Args) => Promise<number>> = {
  async info({ file, out, warn, json }) {
    return withMemoire(file, warn, (opened) => {
      const { meta, settings } = opened.getMemoire();
      const stats = documentStats(readableDocument(opened));
      const library = loadTemplateLibrary(TEMPLATES_DIR);
      const template = templateOf(library, settings.templateId);
      // The pages as they print with the mémoire's preset: body without cover, sommaire or annexes.
      const { countedPages } = countPages(opened, template, settings.exportPreset, { fontsDir: FONTS_DIR });
      if (json) {
        out(
          JSON.stringify(
            {
              meta,
              settings,
              totalWords: stats.totalWords,
              pages: countedPages,
              estimatedPages: Number(estimatePages(stats, settings.length.wordsPerPage).toFixed(1)),
              sections: stats.sections,
            },
            null,
            2,
          ),
        );
        return 0;
      }
      out(`${meta.title} — ${meta.candidate}${meta.company ? ` (${meta.company})` : ''}`);
      out(
        `${stats.totalWords.toLocaleString('fr-FR')} mots, ${countedPages} pages mises en page (attendu : ${settings.length.minPages}–${settings.length.maxPages})`,
      );
      for (const s of stats.sections) out(`${'  '.repeat(s.level - 1)}${s.title} : ${s.words.toLocaleString('fr-FR')} mots`);
      return 0;
    });
  },
  async history({ file, out, warn, json }) {
    return withMemoire(file, warn, (opened) => {
      const list = opened.listSnapshots();
      if (json) out(JSON.stringify(list, null, 2));
      else if (!list.length) out('Aucune version enregistrée dans l’historique de ce mémoire.');
      else for (const s of list) out(`${s.createdAt}  ${s.kind.padEnd(14)} ${String(s.wordCount).padStart(6)} mots  ${s.name}`);
      return 0;
    });
  },
  async grid({ file, rest, out, warn }) {
    const formats = (['docx', 'pdf'] as const).filter((f) => rest.includes(`--${f}`));
    if (!formats.length) {
      out('Précisez le format de la grille : --pdf, --docx, ou les deux.');
      return 2;
    }
    return withMemoire(file, warn, async (opened) => {
      const library = loadTemplateLibrary(TEMPLATES_DIR);
      const { settings } = opened.getMemoire();
      const template = templateOf(library, settings.templateId);
      const referentiel = library.referentiels.get(settings.referentielId) ?? library.referentiels.get(template.referentielId)!;
      for (const format of formats) {
        const target = exportPath(file, value(rest, '--out'), exportStem('grille', opened.getMemoire().meta), format);
        const result = await exportEvaluationGrid(
          opened,
          { template, referentiel, thresholds: library.thresholds },
          { format, out: target, overwrite: true },
          { fontsDir: FONTS_DIR },
        );
        out(`Grille exportée : ${result.path} (${Math.round(result.bytes / 1024)} Ko)`);
      }
      return 0;
    });
  },
  async import({ file, rest, out, json }) {
    const library = loadTemplateLibrary(TEMPLATES_DIR);
    const template = library.templates.get('memoire-pac')!;
    let data: Buffer;
    try {
      data = readFileSync(resolve(file));
    } catch {
      throw new AppError('not-found', file);
    }
    const draft = await workerDraftReader()(data, template);
    const target = resolve(rest.includes('--out') ? (rest[rest.indexOf('--out') + 1] ?? '') : resolve(file).replace(/\.docx$/i, '') + '.memoire');
    const title = draft.headings[0]?.text || basename(file).replace(/\.docx$/i, '');
    const meta = memoireMetaSchema.parse({ title: title.slice(0, 300), candidate: value(rest, '--candidat') ?? 'Candidat' });
    // Tables stay tables unless asked: the checker reads them as a grader would; a block is stricter.
    const convertTables = rest.includes('--convertir-tableaux') ? draft.report.recognizedTables.map((t) => t.index) : [];
    const created = createMemoireFromDraft(target, draft, meta, template, { mapping: new Map(), convertTables }, {});
    created.close();
    if (json) out(JSON.stringify({ path: target, headings: draft.headings, report: draft.report }, null, 2));
    else {
      const r = draft.report;
      out(
        `Importé : ${target}${r.origin === 'memoire-studio' ? ' (export de Mémoire Studio non modifié : mémoire restauré à l’identique, blocs compris)' : ''}`,
      );
      out(
        `${nounCount(r.mappedHeadings, 'titre')} sur ${r.headings} ${agree(r.mappedHeadings, 'rattaché', 'rattachés')} au modèle ; ${nounCount(r.paragraphs, 'paragraphe')}, ${nounCount(r.lists, 'liste')}, ${nounCount(r.tables, 'tableau', 'tableaux')} dont ${r.recognizedTables.length} ${agree(r.recognizedTables.length, 'lisible', 'lisibles')} comme un bloc${convertTables.length ? ' (convertis)' : ''}, ${nounCount(r.images, 'image')}, ${nounCount(r.footnotes, 'note')}`,
      );
      for (const h of draft.headings.filter((x) => !x.sectionId && x.level === 1)) out(`  non rattaché : ${h.text}`);
      if (r.droppedImages)
        out(`  ${nounCount(r.droppedImages, 'image')} non ${agree(r.droppedImages, 'importée', 'importées')} (formats autres que PNG et JPEG)`);
    }
    return 0;
  },
  async check({ file, rest, out, warn, json }) {
    // Several files or a folder: a tutor's batch, one line per candidate; a bad file does not stop it.
    const inputs = [file, ...rest.filter((a) => !a.startsWith('--'))];
    const batch = inputs.length > 1 || rest.includes('--csv') || (existsSync(file) && statSync(file).isDirectory());
    if (batch) {
      const results = await checkMany(expandInputs(inputs), TEMPLATES_DIR);
      if (!results.length) {
        out('Aucun fichier .memoire ni .docx à vérifier.');
        return 1;
      }
      if (json) out(batchJson(results));
      else (rest.includes('--csv') ? batchCsv(results) : batchText(results)).forEach((line) => out(line));
      return results.some((r) => r.error) ? 1 : 0;
    }
    const report = await checkFile(resolve(file), TEMPLATES_DIR, warn);
    if (json) out(JSON.stringify(report, null, 2));
    else (rest.includes('--explain') ? explainReport(report) : formatReport(report)).forEach((line) => out(line));
    return 0;
  },
  async slides({ file, rest, out, warn }) {
    const formats = (['pptx', 'pdf'] as const).filter((f) => rest.includes(`--${f}`));
    if (!formats.length) {
      out('Précisez le format des diapositives : --pptx, --pdf, ou les deux.');
      return 2;
    }
    return withMemoire(file, warn, async (opened) => {
      const library = loadTemplateLibrary(TEMPLATES_DIR);
      const template = templateOf(library, opened.getMemoire().settings.templateId);
      const confidential = rest.includes('--confidentiel');
      for (const format of formats) {
        const handout = format === 'pdf' && rest.includes('--notes');
        const target = exportPath(file, value(rest, '--out'), exportStem('soutenance', opened.getMemoire().meta, { confidential, handout }), format);
        const result = await exportSlides(opened, template, { format, out: target, overwrite: true, confidential, handout }, { fontsDir: FONTS_DIR });
        out(`Diapositives exportées : ${result.path} (${Math.round(result.bytes / 1024)} Ko)`);
      }
      return 0;
    });
  },
  async questions({ file, out, warn, json }) {
    const questions = juryQuestions(await checkFile(resolve(file), TEMPLATES_DIR, warn));
    if (json) out(JSON.stringify(questions, null, 2));
    else formatQuestions(questions).forEach((line) => out(line));
    return 0;
  },
  async export({ file, rest, out, warn }) {
    const flag = (name: string) => rest.includes(name);
    const value = (name: string) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : undefined);
    const formats = (['docx', 'pdf'] as const).filter((f) => flag(`--${f}`));
    if (!formats.length) {
      out('Précisez le format : --docx, --pdf, ou les deux.');
      return 2;
    }
    const target = value('--out');
    if (rest.includes('--out') && (!target || target.startsWith('--'))) {
      out('--out attend un fichier ou un dossier.');
      return 2;
    }
    const preset = value('--preset');
    if (rest.includes('--preset') && !LAYOUT_PRESETS.some((p) => p.id === preset)) {
      out(`Mise en page inconnue : ${preset ?? '(aucune)'}. Choisissez parmi : ${LAYOUT_PRESETS.map((p) => p.id).join(', ')}.`);
      return 2;
    }
    return withMemoire(file, warn, async (opened) => {
      const library = loadTemplateLibrary(TEMPLATES_DIR);
      const template = templateOf(library, opened.getMemoire().settings.templateId);
      const section = value('--section');
      if (rest.includes('--section') && !flattenSections(template.sections).some((s) => s.id === section)) {
        out(
          `Section inconnue : ${section ?? '(aucune)'}. Sections du modèle : ${flattenSections(template.sections)
            .map((s) => s.id)
            .join(', ')}.`,
        );
        return 2;
      }
      // Wrong block values are exported as typed (the candidate may mean it) but never silently.
      for (const v of invalidBlockValues((readableDocument(opened).content ?? []).map((n) => ({ type: n.type, data: n.attrs?.data })))) {
        warn(`Valeur invalide — ${v.block}, ${v.where} : ${v.message}`);
      }
      for (const format of formats) {
        const options = {
          sectionTitle: flattenSections(template.sections).find((s) => s.id === section)?.title,
          confidential: flag('--confidentiel'),
          annotated: flag('--annotee'),
        };
        const result = await exportMemoire(
          opened,
          template,
          {
            format,
            out: exportPath(file, target, exportStem('memoire', opened.getMemoire().meta, options), format),
            presetId: value('--preset') ?? opened.getMemoire().settings.exportPreset,
            confidential: flag('--confidentiel'),
            includeAnnexes: !flag('--sans-annexes'),
            sectionId: value('--section'),
            // A script re-exports over its previous export; a mémoire is still never replaced.
            overwrite: true,
            annotated: flag('--annotee'),
          },
          { fontsDir: FONTS_DIR },
        );
        out(`Exporté : ${result.path} (${Math.round(result.bytes / 1024)} Ko)`);
      }
      return 0;
    });
  },
};

/** Runs one CLI command; returns the process exit code (French messages, 1 on error, 2 on misuse). */
/** Runs one CLI command: results on `out`, warnings on `warn` (stderr, so `--json` output stays parseable). */
export async function runCli(argv: string[], out: Out = console.log, warn: Out = console.error): Promise<number> {
  if (argv[0] === '--version' || argv[0] === '-v') {
    out(`memoire ${appVersion()}`);
    return 0;
  }
  const [command, file, ...rest] = argv;
  const run = command ? commands[command] : undefined;
  if (!run || !file || !Object.prototype.hasOwnProperty.call(commands, command)) {
    out(USAGE);
    return 2;
  }
  try {
    return await run({ file, rest, out, warn, json: rest.includes('--json') });
  } catch (error) {
    out(error instanceof AppError ? `Erreur : ${error.message}` : `Erreur inattendue : ${(error as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && /cli[\\/]index\.[cm]?[jt]s$/.test(process.argv[1])) {
  runCli(process.argv.slice(2)).then((code) => process.exit(code));
}
