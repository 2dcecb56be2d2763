import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { AppError } from '../../core/errors';
import type { CheckReport } from '../../core/checks/run-checks';
import { checkFileWithCandidate } from './check-command';

/** One file of a batch: its checklist, or the French reason it could not be read. */
export interface CheckedFile {
  file: string;
  candidate: string;
  report?: CheckReport;
  error?: string;
}

const READABLE = /\.(memoire|docx)$/i;

/** The files a tutor named: files as given, folders read for their .memoire and .docx files (sorted). */
export function expandInputs(args: string[]): string[] {
  const out: string[] = [];
  for (const arg of args) {
    const path = resolve(arg);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir)
      out.push(
        ...readdirSync(path)
          .filter((f) => READABLE.test(f) && !f.startsWith('.'))
          .sort((a, b) => a.localeCompare(b, 'fr'))
          .map((f) => join(path, f)),
      );
    else out.push(path);
  }
  return out;
}

/** Checks every file in turn; a bad file is reported in French and the batch goes on. */
export async function checkMany(paths: string[], templatesDir: string): Promise<CheckedFile[]> {
  const results: CheckedFile[] = [];
  for (const file of paths) {
    try {
      const { report, candidate } = await checkFileWithCandidate(file, templatesDir);
      results.push({ file, candidate, report });
    } catch (error) {
      results.push({ file, candidate: basename(file), error: error instanceof AppError ? error.message : `Erreur inattendue : ${(error as Error).message}` });
    }
  }
  return results;
}

const SYMBOL = { satisfied: '✓', partial: '◐', missing: '✗', manual: '?' } as const;

function memoireCriteria(report: CheckReport) {
  return report.criteria.filter((c) => c.scope === report.scope);
}

/** One line per candidate (counts), then the criteria × candidates table, numbered as the lines. */
export function batchText(results: CheckedFile[]): string[] {
  const lines = results.map((r, i) => {
    const n = String(i + 1).padStart(2);
    if (!r.report) return `${n}. ${basename(r.file)} — Erreur : ${r.error}`;
    const c = r.report.memoire;
    return `${n}. ${r.candidate} (${basename(r.file)}) — ${c.satisfied} satisfait${c.satisfied > 1 ? 's' : ''}, ${c.partial} partiel${c.partial > 1 ? 's' : ''}, ${c.missing} manquant${c.missing > 1 ? 's' : ''} sur ${c.total}`;
  });
  const ok = results.filter((r) => r.report);
  if (!ok.length) return lines;
  const ids = memoireCriteria(ok[0].report!).map((c) => c.criterionId);
  const columns = results.map((_, i) => String(i + 1).padStart(3)).join('');
  lines.push('', `Critère ${columns}`);
  for (const id of ids) {
    const cells = results.map((r) => (r.report ? SYMBOL[r.report.criteria.find((c) => c.criterionId === id)?.status ?? 'manual'] : '·').padStart(3)).join('');
    lines.push(`${id.padEnd(7)} ${cells}`);
  }
  return lines;
}

function csvCell(value: string): string {
  return /[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV (comma-separated, quoted when needed): one row per file, counts then each criterion's status. */
export function batchCsv(results: CheckedFile[]): string[] {
  const first = results.find((r) => r.report)?.report;
  const ids = first ? memoireCriteria(first).map((c) => c.criterionId) : [];
  const rows = [['fichier', 'candidat', 'satisfaits', 'partiels', 'manquants', 'erreur', ...ids].join(',')];
  for (const r of results) {
    const status = (id: string) => r.report?.criteria.find((c) => c.criterionId === id)?.status ?? '';
    const c = r.report?.memoire;
    rows.push(
      [basename(r.file), r.candidate, String(c?.satisfied ?? ''), String(c?.partial ?? ''), String(c?.missing ?? ''), r.error ?? '', ...ids.map(status)]
        .map(csvCell)
        .join(','),
    );
  }
  return rows;
}

/** JSON: per file, the counts and each criterion's status (or the error). */
export function batchJson(results: CheckedFile[]): string {
  return JSON.stringify(
    results.map((r) => ({
      file: r.file,
      candidate: r.candidate,
      error: r.error ?? null,
      counts: r.report?.memoire ?? null,
      criteria: r.report ? memoireCriteria(r.report).map((c) => ({ criterionId: c.criterionId, status: c.status })) : [],
    })),
    null,
    2,
  );
}
