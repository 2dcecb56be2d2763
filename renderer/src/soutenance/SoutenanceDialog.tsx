import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/client';
import { formatDuration, type Slide, type SlidePlan } from '../../../core/soutenance/slide-plan';
import { Dialog, ErrorNotice } from '../ui/Dialog';
import { fr } from '../i18n/fr';

function visualLabel(s: Slide): string | null {
  if (!s.visual) return null;
  return s.visual.kind === 'chart' ? fr.soutenance.chart(s.visual.title) : fr.soutenance.table(s.visual.rows.length + s.visual.more);
}

function SlideCard(props: { slide: Slide; index: number }) {
  const s = props.slide;
  const visual = visualLabel(s);
  return (
    <li className={`slide-card slide-${s.kind}${s.placeholder ? ' is-placeholder' : ''}`} data-testid="slide" data-slide={s.id}>
      <header>
        <strong>
          {props.index + 1}. {s.title}
        </strong>
        <span className="muted">{formatDuration(s.seconds)}</span>
      </header>
      <ul>
        {s.messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      {visual && <p className="muted">{visual}</p>}
      {s.warnings.map((w) => (
        <p key={w} className="slide-warning">
          {w}
        </p>
      ))}
    </li>
  );
}

/**
 * The « Soutenance » view: the slide plan generated from the mémoire, its timing against 20:00, and
 * the exports (PowerPoint to rework, PDF to project or hand out).
 */
export function SoutenanceDialog(props: { api: ApiClient; handle: string; title: string; beforeExport: () => Promise<void>; onClose: () => void; onExported: (path: string) => void }) {
  const t = fr.soutenance;
  const [plan, setPlan] = useState<SlidePlan | null>(null);
  const [confidential, setConfidential] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void props
      .beforeExport()
      .then(() => props.api.call('slides.plan', { handle: props.handle, confidential }))
      .then((p) => live && setPlan(p), (e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [confidential]);

  const exportAs = async (format: 'pptx' | 'pdf') => {
    try {
      await props.beforeExport();
      const chosen = await props.api.call('files.chooseExport', { suggestedName: `Soutenance – ${props.title}`, format });
      if (!chosen.path) return;
      const result = await props.api.call('slides.export', { handle: props.handle, format, path: chosen.path, overwrite: chosen.overwriteConfirmed, confidential });
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
            {t.timing(plan.slides.length, formatDuration(plan.totalSeconds), formatDuration(plan.targetSeconds))}
          </p>
          <ol className="slide-cards">
            {plan.slides.map((s, i) => (
              <SlideCard key={s.id} slide={s} index={i} />
            ))}
          </ol>
        </>
      )}
      <footer className="dialog-footer">
        <label className="field-inline">
          <input type="checkbox" checked={confidential} onChange={(e) => setConfidential(e.target.checked)} /> {t.confidential}
        </label>
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
