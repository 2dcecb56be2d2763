import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/client';
import { formatDuration, scoreCaption, toSavedPlan, visibleSeconds, type Slide, type SlidePlan } from '../../../core/soutenance';
import { Dialog, ErrorNotice, FormFooter } from '../ui/Dialog';
import { fr } from '../i18n/fr';
import { exportStem } from '../../../core/export';

function visualLabel(s: Slide): string | null {
  if (!s.visual) return null;
  if (s.visual.kind === 'score') return scoreCaption(s.visual).score;
  return s.visual.kind === 'chart' ? fr.soutenance.chart(s.visual.title) : fr.soutenance.table(s.visual.rows.length + s.visual.more);
}

/** A live 16:9 miniature of the slide as exported: title, messages, and its table or chart. */
function SlideThumbnail(props: { slide: Slide; accent: string }) {
  const s = props.slide;
  const filled = s.kind !== 'content';
  const v = s.visual;
  const max = v?.kind === 'chart' ? Math.max(1, ...v.chart.series.flatMap((x) => x.values.map((n) => n ?? 0))) : 1;
  return (
    <div className={`slide-thumb${filled ? ' is-filled' : ''}`} style={{ ['--slide-accent' as string]: props.accent }} aria-hidden="true">
      <div className="slide-thumb-title">{s.title}</div>
      <div className="slide-thumb-body">
        <ul>
          {s.messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
        {v?.kind === 'table' && (
          <table>
            <tbody>
              {[...(v.header ? [v.header] : []), ...v.rows.slice(0, 4)].map((r, i) => (
                <tr key={i}>{r.map((c, j) => (i === 0 && v.header ? <th key={j}>{c}</th> : <td key={j}>{c}</td>))}</tr>
              ))}
            </tbody>
          </table>
        )}
        {v?.kind === 'score' && (
          <div className="slide-thumb-score">
            <span style={{ width: `${(100 * Math.min(v.score, v.max)) / v.max}%` }} />
            {v.threshold !== null && <i style={{ left: `${(100 * Math.min(v.threshold, v.max)) / v.max}%` }} />}
          </div>
        )}
        {v?.kind === 'chart' && (
          <div className="slide-thumb-chart">
            {v.chart.categories.map((c, i) => (
              <div key={c} className="slide-thumb-group">
                {v.chart.series.map((x) => (
                  <span key={x.name} style={{ height: `${(100 * (x.values[i] ?? 0)) / max}%`, background: x.color }} />
                ))}
              </div>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}

/** The edits a card can ask for; the dialog applies them to the plan and stores it. */
type SlideAction =
  | { type: 'move'; by: -1 | 1 }
  | { type: 'toggle-hidden' }
  | { type: 'duplicate' }
  | { type: 'regenerate' }
  | { type: 'edit'; title: string; messages: string[]; notes: string }
  | { type: 'seconds'; seconds: number };

function SlideEditor(props: { slide: Slide; onSave: (a: SlideAction) => void; onCancel: () => void }) {
  const t = fr.soutenance;
  const [title, setTitle] = useState(props.slide.title);
  const [messages, setMessages] = useState(props.slide.messages.join('\n'));
  const [notes, setNotes] = useState(props.slide.notes);
  return (
    <form
      className="slide-editor"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave({
          type: 'edit',
          title,
          messages: messages
            .split('\n')
            .map((m) => m.trim())
            .filter(Boolean),
          notes,
        });
      }}
    >
      <label className="field field-wide">
        <span>{t.titleLabel}</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="field field-wide">
        <span>{t.messagesLabel}</span>
        <textarea rows={4} value={messages} onChange={(e) => setMessages(e.target.value)} />
      </label>
      <label className="field field-wide">
        <span>{t.notesLabel}</span>
        <textarea rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <FormFooter onCancel={props.onCancel} submitLabel={t.save} />
    </form>
  );
}

function SlideCard(props: { slide: Slide; index: number; count: number; accent: string; onAction: (a: SlideAction) => void }) {
  const t = fr.soutenance;
  const s = props.slide;
  const [editing, setEditing] = useState(false);
  const visual = visualLabel(s);
  const act = (a: SlideAction) => {
    setEditing(false);
    props.onAction(a);
  };
  return (
    <li className={`slide-card slide-${s.kind}${s.placeholder ? ' is-placeholder' : ''}${s.hidden ? ' is-hidden' : ''}`} data-testid="slide" data-slide={s.key}>
      <header>
        <strong>
          {props.index + 1}. {s.title}
        </strong>
        <label className="slide-seconds">
          <input
            type="number"
            min={0}
            max={3600}
            step={15}
            value={s.seconds}
            aria-label={t.secondsLabel(s.title)}
            onChange={(e) =>
              Number.isFinite(e.target.valueAsNumber) && props.onAction({ type: 'seconds', seconds: Math.max(0, Math.round(e.target.valueAsNumber)) })
            }
          />{' '}
          s
        </label>
      </header>
      {editing ? (
        <SlideEditor slide={s} onSave={act} onCancel={() => setEditing(false)} />
      ) : (
        <>
          <SlideThumbnail slide={s} accent={props.accent} />
          {visual && <p className="muted">{visual}</p>}
          {s.warnings.map((w) => (
            <p key={w} className="slide-warning">
              {w}
            </p>
          ))}
          <div className="slide-actions">
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              {t.edit}
            </button>
            <button
              type="button"
              className="link-button"
              disabled={props.index === 0}
              aria-label={`${t.up} ${s.title}`}
              onClick={() => act({ type: 'move', by: -1 })}
            >
              ↑
            </button>
            <button
              type="button"
              className="link-button"
              disabled={props.index === props.count - 1}
              aria-label={`${t.down} ${s.title}`}
              onClick={() => act({ type: 'move', by: 1 })}
            >
              ↓
            </button>
            <button type="button" className="link-button" onClick={() => act({ type: 'toggle-hidden' })}>
              {s.hidden ? t.show : t.hide}
            </button>
            <button type="button" className="link-button" onClick={() => act({ type: 'duplicate' })}>
              {t.duplicate}
            </button>
            {s.edited && (
              <button type="button" className="link-button" onClick={() => act({ type: 'regenerate' })}>
                {t.regenerate}
              </button>
            )}
          </div>
        </>
      )}
    </li>
  );
}

/** The plan after one card's action (or a blank slide added when `index` is null). */
function applyAction(plan: SlidePlan, index: number | null, a: SlideAction | null): SlidePlan {
  const slides = [...plan.slides];
  const fresh = (key: string) => `${key.replace(/-\d+$/, '')}-${Date.now().toString(36)}`;
  if (index === null || !a) {
    const key = fresh('vierge');
    slides.push({
      id: key,
      key,
      kind: 'content',
      title: fr.soutenance.blankTitle,
      messages: [],
      visual: null,
      notes: '',
      seconds: 60,
      placeholder: false,
      warnings: [],
      hidden: false,
      edited: true,
    });
    return { ...plan, slides };
  }
  const s = slides[index];
  if (a.type === 'move') {
    const to = index + a.by;
    [slides[index], slides[to]] = [slides[to], slides[index]];
  } else if (a.type === 'toggle-hidden') slides[index] = { ...s, hidden: !s.hidden };
  else if (a.type === 'duplicate') slides.splice(index + 1, 0, { ...s, key: fresh(s.key) });
  else if (a.type === 'regenerate') slides[index] = { ...s, edited: false };
  else if (a.type === 'seconds') slides[index] = { ...s, seconds: a.seconds };
  else slides[index] = { ...s, title: a.title, messages: a.messages, notes: a.notes, edited: true };
  return { ...plan, slides };
}

/**
 * The « Soutenance » view: the slide plan generated from the mémoire, its timing against 20:00, and
 * the exports (PowerPoint to rework, PDF to project or hand out).
 */
export function SoutenanceDialog(props: {
  api: ApiClient;
  handle: string;
  title: string;
  /** The cover's colour, as the exported slides use it. */
  accent: string;
  beforeExport: () => Promise<void>;
  onClose: () => void;
  onExported: (path: string) => void;
  onRehearse: (plan: SlidePlan) => void;
}) {
  const t = fr.soutenance;
  const [plan, setPlan] = useState<SlidePlan | null>(null);
  const [confidential, setConfidential] = useState(false);
  const [handout, setHandout] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void props
      .beforeExport()
      .then(() => props.api.call('slides.plan', { handle: props.handle, confidential }))
      .then(
        (p) => live && setPlan(p),
        (e: Error) => live && setError(e.message),
      );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [confidential]);

  /** The last edit sent: an answer to an earlier one must not bring back the plan before a later edit. */
  const lastEdit = useRef(0);

  /** The plan as last shown: two quick edits both apply, even before React has drawn the first. */
  const shown = useRef<SlidePlan | null>(null);
  shown.current = plan;

  /** Applies an edit, stores it in the file and shows the plan as the back-end now reads it. */
  const change = async (index: number | null, action: SlideAction | null) => {
    if (!shown.current) return;
    const next = applyAction(shown.current, index, action);
    shown.current = { ...next, totalSeconds: visibleSeconds(next.slides) };
    setPlan(shown.current);
    const edit = ++lastEdit.current;
    try {
      const saved = await props.api.call('slides.save', { handle: props.handle, plan: toSavedPlan(next) });
      if (edit === lastEdit.current) setPlan(saved);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const exportAs = async (format: 'pptx' | 'pdf') => {
    try {
      await props.beforeExport();
      const chosen = await props.api.call('files.chooseExport', {
        suggestedName: exportStem('soutenance', { title: props.title }, { confidential, handout: format === 'pdf' && handout }),
        format,
      });
      if (!chosen.path) return;
      const result = await props.api.call('slides.export', {
        handle: props.handle,
        format,
        path: chosen.path,
        overwrite: chosen.overwriteConfirmed,
        confidential,
        handout: format === 'pdf' && handout,
      });
      props.onExported(result.path);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Dialog title={t.title} onClose={props.onClose} wide testId="soutenance">
      <ErrorNotice message={error} onDismiss={() => setError(null)} />
      {plan && (
        <>
          <p className={plan.totalSeconds === plan.targetSeconds ? 'muted' : 'slide-warning'} data-testid="slides-timing">
            {t.timing(plan.slides.filter((s) => !s.hidden).length, formatDuration(plan.totalSeconds), formatDuration(plan.targetSeconds))}
          </p>
          <ol className="slide-cards">
            {plan.slides.map((s, i) => (
              <SlideCard key={s.key} slide={s} index={i} count={plan.slides.length} accent={props.accent} onAction={(a) => void change(i, a)} />
            ))}
          </ol>
          <button type="button" onClick={() => void change(null, null)}>
            + {t.addBlank}
          </button>
        </>
      )}
      <footer className="dialog-footer">
        <label className="field-inline">
          <input type="checkbox" checked={confidential} onChange={(e) => setConfidential(e.target.checked)} /> {t.confidential}
        </label>
        <label>
          <input type="checkbox" checked={handout} onChange={(e) => setHandout(e.target.checked)} /> {t.handout}
        </label>
        <button type="button" disabled={!plan || plan.slides.every((s) => s.hidden)} onClick={() => plan && props.onRehearse(plan)}>
          {fr.rehearsal.start}
        </button>
        <button type="button" onClick={() => void exportAs('pdf')}>
          {t.exportPdf}
        </button>
        <button type="button" className="primary" onClick={() => void exportAs('pptx')}>
          {t.exportPptx}
        </button>
      </footer>
    </Dialog>
  );
}
