import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/client';
import { formatDuration, type Slide, paceTone, type PacingReport } from '../../../core/soutenance';
import { ErrorNotice } from '../ui/Dialog';
import { fr } from '../i18n/fr';

const TICK_MS = 250;
const NEXT_KEYS = new Set(['ArrowRight', ' ', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);

const signed = (seconds: number) => (seconds < 0 ? `-${formatDuration(-seconds)}` : formatDuration(seconds));

function ReportView(props: { report: PacingReport; previous: PacingReport | null; onClose: () => void }) {
  const t = fr.rehearsal;
  const { report, previous } = props;
  return (
    <div className="rehearsal-report" data-testid="pacing-report">
      <h2>{t.reportTitle}</h2>
      <p>{t.total(formatDuration(report.actual), formatDuration(report.planned))}</p>
      {previous && <p className="muted">{t.previous(formatDuration(previous.actual))}</p>}
      <table>
        <thead>
          <tr>
            <th>{t.slide}</th>
            <th>{t.planned}</th>
            <th>{t.actual}</th>
            <th>{t.delta}</th>
          </tr>
        </thead>
        <tbody>
          {report.slides.map((s) => (
            <tr key={s.key} className={`pace-${s.tone}`} data-slide={s.key}>
              <td>{s.title}</td>
              <td>{formatDuration(s.planned)}</td>
              <td>{formatDuration(s.actual)}</td>
              <td>{s.delta > 0 ? `+${formatDuration(s.delta)}` : signed(s.delta)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="primary" onClick={props.onClose}>
        {fr.soutenance.close}
      </button>
    </div>
  );
}

/**
 * The rehearsal: presenter view in full screen (current and next slide, notes, the 20:00 countdown,
 * this slide's time against its plan in green / amber / red), driven by the keyboard or a clicker.
 * At the end, the pacing report is kept in the file and compared with the previous rehearsal.
 */
export function RehearsalView(props: { api: ApiClient; handle: string; slides: Slide[]; targetSeconds: number; onClose: () => void }) {
  const t = fr.rehearsal;
  const slides = props.slides;
  const [index, setIndex] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const started = useRef(Date.now());
  const slideStarted = useRef(Date.now());
  const spent = useRef<number[]>(slides.map(() => 0));
  const [report, setReport] = useState<{ report: PacingReport; previous: PacingReport | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    void root.current?.requestFullscreen?.().catch(() => undefined);
    root.current?.focus();
    return () => {
      clearInterval(timer);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const finish = useCallback(async () => {
    const at = Date.now();
    spent.current[index] += (at - slideStarted.current) / 1000;
    const timings = slides.map((s, i) => ({ key: s.key, title: s.title, planned: s.seconds, actual: spent.current[i] }));
    try {
      const previous = (await props.api.call('slides.rehearsals', { handle: props.handle })).at(-1) ?? null;
      setReport({ report: await props.api.call('slides.rehearsed', { handle: props.handle, timings }), previous });
    } catch (e) {
      setError((e as Error).message);
    }
  }, [index, slides, props.api, props.handle]);

  const go = useCallback(
    (to: number) => {
      if (to < 0) return;
      if (to >= slides.length) return void finish();
      const at = Date.now();
      spent.current[index] += (at - slideStarted.current) / 1000;
      slideStarted.current = at;
      setIndex(to);
    },
    [index, slides.length, finish],
  );

  const onKey = (e: React.KeyboardEvent) => {
    if (report) return;
    if (NEXT_KEYS.has(e.key)) go(index + 1);
    else if (PREVIOUS_KEYS.has(e.key)) go(index - 1);
    else if (e.key === 'Escape') void finish();
    else return;
    e.preventDefault();
  };

  const slide = slides[index];
  const elapsed = (now - started.current) / 1000;
  const onSlide = spent.current[index] + (now - slideStarted.current) / 1000;
  const remaining = Math.round(props.targetSeconds - elapsed);
  return (
    <div className="rehearsal" ref={root} tabIndex={-1} onKeyDown={onKey} role="dialog" aria-label={t.title} data-testid="rehearsal">
      <ErrorNotice message={error} onDismiss={() => setError(null)} />
      {report ? (
        <ReportView report={report.report} previous={report.previous} onClose={props.onClose} />
      ) : (
        <>
          <header className="rehearsal-bar">
            <span data-testid="countdown" className={remaining < 0 ? 'pace-red' : undefined}>
              {signed(remaining)}
            </span>
            <span data-testid="slide-time" className={`pace-${paceTone(slide.seconds, onSlide)}`}>
              {t.slideTime(formatDuration(Math.round(onSlide)), formatDuration(slide.seconds))}
            </span>
            <span>{t.position(index + 1, slides.length)}</span>
            <button type="button" onClick={() => void finish()}>
              {t.end}
            </button>
          </header>
          <div className="rehearsal-main">
            <section className="rehearsal-current" aria-label={t.current}>
              <h2>{slide.title}</h2>
              <ul>
                {slide.messages.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </section>
            <aside className="rehearsal-side">
              <p className="muted">{t.next}</p>
              <p>{slides[index + 1]?.title ?? t.last}</p>
              <p className="muted">{t.notes}</p>
              <p className="rehearsal-notes">{slide.notes}</p>
            </aside>
          </div>
          <footer className="rehearsal-keys muted">{t.keys}</footer>
        </>
      )}
    </div>
  );
}
