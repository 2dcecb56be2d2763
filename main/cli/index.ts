// `memoire <commande>`: the same core services as the app, for tutors and scripts.
import { resolve } from 'node:path';
import { MemoireFile } from '../../core/store/memoire-file';
import { documentStats, estimatePages } from '../../core/document/sections';
import { AppError } from '../../core/errors';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFile, formatReport } from './check-command';
import { exportMemoire } from '../../core/export/export-memoire';
import { loadTemplateLibrary } from '../../core/referential/load-templates';

const TEMPLATES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../templates');

const USAGE = `Utilisation : memoire <commande> <fichier.memoire|fichier.docx> [--json]

Commandes :
  export    exporte le mémoire : --docx [--out fichier] [--preset times-12|arial-11]
            [--confidentiel] [--sans-annexes] [--section identifiant]
  check     critères du référentiel : statut, conseils, vérifications (fichier .memoire ou .docx)
  info      titre, candidat, nombre de mots par section, pages estimées
  history   versions enregistrées dans l'historique`;

/** Runs one CLI command; returns the process exit code. */
export async function runCli(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  const [command, file, ...rest] = argv;
  const json = rest.includes('--json');
  if (!command || !file || !['info', 'history', 'check', 'export'].includes(command)) {
    out(USAGE);
    return 2;
  }
  if (command === 'export') {
    const flag = (name: string) => rest.includes(name);
    const value = (name: string) => {
      const i = rest.indexOf(name);
      return i >= 0 ? rest[i + 1] : undefined;
    };
    if (!flag('--docx')) {
      out('Précisez le format : --docx (le PDF arrive avec le moteur de mise en page).');
      return 2;
    }
    let opened: MemoireFile | null = null;
    try {
      opened = (await MemoireFile.open(resolve(file))).file;
      const library = loadTemplateLibrary(TEMPLATES_DIR);
      const template = library.templates.get(opened.getMemoire().settings.templateId) ?? library.templates.get('memoire-pac')!;
      const target = resolve(value('--out') ?? resolve(file).replace(/\.memoire$/i, '') + '.docx');
      const result = await exportMemoire(opened, template, {
        format: 'docx',
        out: target,
        presetId: value('--preset'),
        confidential: flag('--confidentiel'),
        includeAnnexes: !flag('--sans-annexes'),
        sectionId: value('--section'),
      });
      out(`Exporté : ${result.path} (${Math.round(result.bytes / 1024)} Ko)`);
      return 0;
    } catch (error) {
      out(error instanceof AppError ? `Erreur : ${error.message}` : `Erreur inattendue : ${(error as Error).message}`);
      return 1;
    } finally {
      opened?.close();
    }
  }
  if (command === 'check') {
    try {
      const report = await checkFile(resolve(file), TEMPLATES_DIR);
      if (json) out(JSON.stringify(report, null, 2));
      else formatReport(report).forEach((line) => out(line));
      return 0;
    } catch (error) {
      out(error instanceof AppError ? `Erreur : ${error.message}` : `Erreur inattendue : ${(error as Error).message}`);
      return 1;
    }
  }
  let opened: MemoireFile | null = null;
  try {
    opened = (await MemoireFile.open(resolve(file))).file;
    const { meta, settings } = opened.getMemoire();
    if (command === 'history') {
      const list = opened.listSnapshots();
      if (json) out(JSON.stringify(list, null, 2));
      else for (const s of list) out(`${s.createdAt}  ${s.kind.padEnd(14)} ${String(s.wordCount).padStart(6)} mots  ${s.name}`);
      return 0;
    }
    const stats = documentStats(opened.getDocument().doc);
    const pages = estimatePages(stats, settings.length.wordsPerPage);
    if (json) {
      out(JSON.stringify({ meta, settings, totalWords: stats.totalWords, estimatedPages: Number(pages.toFixed(1)), sections: stats.sections }, null, 2));
      return 0;
    }
    out(`${meta.title} — ${meta.candidate}${meta.company ? ` (${meta.company})` : ''}`);
    out(`${stats.totalWords.toLocaleString('fr-FR')} mots, ≈ ${pages.toFixed(0)} pages (attendu : ${settings.length.minPages}–${settings.length.maxPages})`);
    for (const s of stats.sections) out(`${'  '.repeat(s.level - 1)}${s.title} : ${s.words.toLocaleString('fr-FR')} mots`);
    return 0;
  } catch (error) {
    out(error instanceof AppError ? `Erreur : ${error.message}` : `Erreur inattendue : ${(error as Error).message}`);
    return 1;
  } finally {
    opened?.close();
  }
}

if (process.argv[1] && /cli[\\/]index\.[cm]?[jt]s$/.test(process.argv[1])) {
  runCli(process.argv.slice(2)).then((code) => process.exit(code));
}
