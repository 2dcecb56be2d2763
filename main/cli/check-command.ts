import { readDocxTextInWorker } from '../shared/draft-reader';
import { readableDocument } from '../../core/schema/document-repair';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { openMemoire } from './open-memoire';
import { loadTemplateLibrary } from '../../core/referential/load-templates';
import { runChecks, type CheckReport } from '../../core/checks/run-checks';
import { memoireSchema } from '../../core/schema/extensions';
import { AppError } from '../../core/errors';
import type { PmNode } from '../../core/model/document';
import type { LengthTarget } from '../../core/model/metadata';
import type { JuryQuestion } from '../../core/soutenance/jury-questions';
import { agree, nounCount } from '../../core/schema/blocks/parse-values';

/**
 * Runs the checklist on a .memoire file or on a Word file read on the fly (mammoth, then the same
 * sanitiser and schema as a paste), with the bundled template and référentiel.
 */
export async function checkFile(path: string, templatesDir: string, warn: (line: string) => void = () => {}): Promise<CheckReport> {
  return (await checkFileWithCandidate(path, templatesDir, warn)).report;
}

/** The checklist of a file and who wrote it (the cover's candidate, or the Word file's name). */
export async function checkFileWithCandidate(
  path: string,
  templatesDir: string,
  warn: (line: string) => void = () => {},
): Promise<{ report: CheckReport; candidate: string }> {
  const library = loadTemplateLibrary(templatesDir);
  let doc: PmNode;
  let candidate = basename(path).replace(/\.(docx|memoire)$/i, '');
  let templateId = 'memoire-pac';
  let length: LengthTarget | null = null;
  if (extname(path).toLowerCase() === '.docx') {
    let data: Buffer;
    try {
      data = readFileSync(path);
    } catch {
      throw new AppError('not-found', path);
    }
    doc = await readDocxTextInWorker(data);
  } else {
    const file = await openMemoire(path, warn);
    try {
      doc = readableDocument(file);
      const { settings, meta } = file.getMemoire();
      candidate = meta.candidate;
      templateId = settings.templateId;
      length = settings.length;
    } finally {
      file.close();
    }
  }
  const template = library.templates.get(templateId) ?? library.templates.get('memoire-pac')!;
  const referentiel = library.referentiels.get(template.referentielId)!;
  return {
    report: runChecks(memoireSchema().nodeFromJSON(doc), { template, referentiel, thresholds: library.thresholds, length: length ?? template.length }),
    candidate,
  };
}

const ICONS = { satisfied: '✓', partial: '◐', missing: '✗', manual: '?' } as const;
const LABELS = { satisfied: 'satisfait', partial: 'partiel', missing: 'manquant', manual: 'à juger' } as const;

/**
 * Every mémoire criterion with what the checker read: its status, the quoted evidence (with the
 * paragraph number to find it) and, when it is not satisfied, the rubric condition that failed.
 */
export function explainReport(report: CheckReport): string[] {
  const lines: string[] = [];
  for (const c of report.criteria.filter((x) => x.scope === report.scope)) {
    lines.push(`${ICONS[c.status]} ${c.criterionId} ${c.label} — ${LABELS[c.status]}`);
    for (const e of c.evidence) lines.push(`    preuve${e.index !== null ? ` (§${e.index + 1})` : ''} : ${e.label}`);
    if (!c.evidence.length) lines.push('    preuve : aucune');
    for (const a of c.advice) lines.push(`    manque : ${a}`);
  }
  return lines;
}

/** The checklist as text for a terminal. */
export function formatReport(report: CheckReport): string[] {
  const m = report.memoire;
  const lines = [
    `Mémoire : ${nounCount(m.satisfied, 'critère')} sur ${m.total} ${agree(m.satisfied, 'satisfait', 'satisfaits')}, ${m.partial} ${agree(m.partial, 'partiel', 'partiels')}, ${m.missing} ${agree(m.missing, 'manquant', 'manquants')}`,
    '',
  ];
  for (const block of report.byBlock) {
    const items = report.criteria.filter((c) => c.blockId === block.blockId && c.scope === 'memoire');
    if (!items.length) continue;
    lines.push(`Bloc ${block.blockId} — ${block.title}`);
    for (const c of items) {
      lines.push(`  ${ICONS[c.status]} ${c.criterionId} ${c.label} (${LABELS[c.status]})`);
      for (const a of c.advice) lines.push(`      → ${a}`);
    }
    lines.push('');
  }
  if (report.findings.length) {
    lines.push('Vérifications du document');
    for (const f of report.findings) lines.push(`  • ${f.message}`);
  }
  return lines;
}

/** The jury's likely questions as text: the gaps first, then the figures to defend, with where to reread. */
export function formatQuestions(questions: JuryQuestion[]): string[] {
  const lines: string[] = [];
  const section = (title: string, items: JuryQuestion[]) => {
    lines.push(`${title} (${items.length})`);
    items.forEach((q, i) => {
      lines.push(`${String(i + 1).padStart(2)}. [${q.criterionId} ${ICONS[q.status]}] ${q.question}`);
      if (q.kind === 'gap') for (const a of q.prepare) lines.push(`      à préparer : ${a}`);
      for (const e of q.evidence) lines.push(`      à relire${e.index !== null ? ` (§${e.index + 1})` : ''} : ${e.label}`);
    });
    lines.push('');
  };
  section(
    'Ce que le mémoire ne montre pas encore',
    questions.filter((q) => q.kind === 'gap'),
  );
  section(
    'Les chiffres à défendre',
    questions.filter((q) => q.kind === 'figures'),
  );
  return lines;
}
