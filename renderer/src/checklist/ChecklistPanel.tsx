import { memo, useMemo, useState } from 'react';
import type { CheckReport, CriterionResult } from '../../../core/checks';
import { type MemoireTemplate, flattenSections } from '../../../core/referential';
import { fr } from '../i18n/fr';
import { JumpLink } from '../ui/JumpLink';
import { EvidenceList } from '../ui/EvidenceList';
import { AppreciationBox, VerdictBox, VerdictTags, type ReviewProps } from './TutorVerdict';

type ItemProps = { result: CriterionResult; onJump: (index: number) => void; onConvert: (index: number, blockName: string) => void; review?: ReviewProps };

/** A criterion re-renders only when what it shows changed (most do not, keystroke after keystroke). */
const CriterionItem = memo(
  CriterionItemView,
  (a, b) => a.onJump === b.onJump && a.onConvert === b.onConvert && a.review === b.review && JSON.stringify(a.result) === JSON.stringify(b.result),
);

function CriterionItemView(props: ItemProps) {
  const r = props.result;
  const [open, setOpen] = useState(r.status === 'partial');
  return (
    <li className={`criterion status-${r.status}`} data-criterion={r.criterionId} data-status={r.status}>
      <button type="button" className="criterion-head" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        <span className="status-icon" aria-label={fr.checklist.status[r.status]} title={fr.checklist.status[r.status]}>
          {fr.checklist.icon[r.status]}
        </span>
        <span className="criterion-id">{r.criterionId}</span>
        <span className="criterion-label">{r.label}</span>
        {props.review && <VerdictTags verdict={props.review.verdicts.get(r.criterionId)} status={r.status} />}
      </button>
      {open && (
        <div className="criterion-body">
          <p className="criterion-wording" title={fr.checklist.wording}>
            « {r.wording} »
          </p>
          {r.advice.length > 0 && (
            <ul className="advice" aria-label={fr.checklist.advice}>
              {r.advice.map((a, i) => (
                <li key={i}>{a}</li>
              ))}
            </ul>
          )}
          <EvidenceList evidence={r.evidence} label={fr.checklist.evidence} onJump={props.onJump} />
          {props.review && <VerdictBox criterionId={r.criterionId} status={r.status} review={props.review} />}
          <div className="row-actions">
            {r.target !== null && r.status !== 'satisfied' && (
              <button type="button" onClick={() => props.onJump(r.target!)}>
                {fr.checklist.goTo}
              </button>
            )}
            {r.convertible && (
              <button type="button" className="primary" onClick={() => props.onConvert(r.convertible!.index, r.convertible!.blockName)}>
                {fr.checklist.convert}
              </button>
            )}
          </div>
        </div>
      )}
    </li>
  );
}

/**
 * The live checklist: readiness of the mémoire, counts per référentiel block, each criterion with its
 * status, advice and evidence (click to jump), grouped by block or by section, "à traiter" filter.
 */
export function ChecklistPanel(props: {
  report: CheckReport | null;
  runs: number;
  template: MemoireTemplate;
  onJump: (index: number) => void;
  onConvert: (index: number, blockName: string) => void;
  /** The tutor's review: verdicts shown to both roles, the form to the tutor. */
  review?: ReviewProps;
}) {
  const [todoOnly, setTodoOnly] = useState(false);
  const [groupBy, setGroupBy] = useState<'block' | 'section'>('block');
  const report = props.report;
  const groups = useMemo(() => {
    if (!report) return [];
    const visible = (c: CriterionResult) => c.scope === report.scope && (!todoOnly || c.status !== 'satisfied');
    if (groupBy === 'block') {
      return report.byBlock.flatMap((b) => {
        const own = report.criteria.filter((c) => c.blockId === b.blockId && c.scope === report.scope);
        if (!own.length) return [];
        return [
          {
            key: b.blockId,
            title: `Bloc ${b.blockId} — ${b.title}`,
            counts: { satisfied: own.filter((c) => c.status === 'satisfied').length, total: own.length },
            items: own.filter(visible),
          },
        ];
      });
    }
    return flattenSections(props.template.sections)
      .filter((s) => s.criteria.length)
      .map((s) => {
        const all = report.criteria.filter((c) => c.sectionIds.includes(s.id));
        return {
          key: s.id,
          title: s.title,
          counts: { satisfied: all.filter((c) => c.status === 'satisfied').length, total: all.length },
          items: all.filter(visible),
        };
      });
  }, [report, todoOnly, groupBy, props.template]);
  if (!report) return null;
  const practice = report.scope === 'memoire' ? report.criteria.filter((c) => c.scope === 'practice' && c.status !== 'manual') : [];
  const m = report.memoire;
  return (
    <aside className="checklist" aria-label={fr.checklist.title} data-check-runs={props.runs}>
      <header className="checklist-header">
        <h2>{fr.checklist.title}</h2>
        <p className="readiness" data-testid="readiness">
          {fr.checklist.readiness(m.satisfied, m.total)}
        </p>
        <div className="readiness-bar" aria-hidden="true">
          {(['satisfied', 'partial', 'missing', 'manual'] as const).map((s) => (
            <span key={s} className={`bar-${s}`} style={{ width: `${(m[s] / Math.max(1, m.total)) * 100}%` }} />
          ))}
        </div>
        {props.review && <AppreciationBox id="global" label={fr.review.overall} review={props.review} />}
        <div className="checklist-controls">
          <label>
            <input type="checkbox" checked={todoOnly} onChange={(e) => setTodoOnly(e.target.checked)} /> {fr.checklist.todoOnly}
          </label>
          <label>
            {fr.checklist.groupBy}{' '}
            <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as 'block' | 'section')}>
              <option value="block">{fr.checklist.byBlock}</option>
              <option value="section">{fr.checklist.bySection}</option>
            </select>
          </label>
        </div>
      </header>
      {groups.map((g) => (
        <section key={g.key} className="criteria-group">
          <h3>
            <span>{g.title}</span>
            <span className="group-count">{fr.checklist.blockCounts(g.counts.satisfied, g.counts.total)}</span>
          </h3>
          {props.review && groupBy === 'block' && <AppreciationBox id={`bloc-${g.key}`} label={fr.review.blockSummary(g.key)} review={props.review} />}
          <ul>
            {g.items.map((c) => (
              <CriterionItem key={c.criterionId} result={c} onJump={props.onJump} onConvert={props.onConvert} review={props.review} />
            ))}
          </ul>
        </section>
      ))}
      {practice.length > 0 && (
        <section className="criteria-group">
          <h3>{fr.checklist.practice}</h3>
          <ul>
            {practice.map((c) => (
              <CriterionItem key={c.criterionId} result={c} onJump={props.onJump} onConvert={props.onConvert} review={props.review} />
            ))}
          </ul>
        </section>
      )}
      <section className="criteria-group findings">
        <h3>{fr.checklist.findings}</h3>
        {report.findings.length === 0 && <p className="muted">{fr.checklist.noFindings}</p>}
        <ul>
          {report.findings.map((f, i) => (
            <li key={i} className={`finding finding-${f.kind}`}>
              <JumpLink index={f.index} onJump={props.onJump}>
                {f.message}
              </JumpLink>
              {f.related !== undefined && (
                <>
                  {' '}
                  <JumpLink index={f.related} onJump={props.onJump}>
                    {fr.checklist.seeBlock}
                  </JumpLink>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}
