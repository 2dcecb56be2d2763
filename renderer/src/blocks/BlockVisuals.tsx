import type { ComponentType } from 'react';
import { fr } from '../i18n/fr';
import type { Editor } from '@tiptap/core';
import {
  normalizeBlockData,
  type BlockData,
  type BlockName,
  specOf,
  filledRows,
  cellText,
  kpiPeriods,
  kpiSeries,
  pacShares,
  pacTimeline,
  type KpiSeries,
  ACTION_TYPES,
  formatPercent,
  ACTION_TYPE_COLORS,
  NEUTRAL_COLOR,
  SWOT_QUADRANTS,
  css,
} from '../../../core/schema/blocks';

function Quadrant(props: { title: string; items: string[]; fill: string }) {
  return (
    <div className="swot-cell" style={{ background: css(props.fill) }}>
      <h5>{props.title}</h5>
      <ul>{props.items.length ? props.items.map((t, i) => <li key={i}>{t}</li>) : <li className="muted">—</li>}</ul>
    </div>
  );
}

/** SWOT: strengths and weaknesses of this block, opportunities and threats of the external diagnostic block. */
function Swot({ data, editor }: VisualProps) {
  let external: BlockData | null = null;
  editor.state.doc.forEach((node) => {
    if (!external && node.type.name === 'opportunitesMenaces') external = normalizeBlockData(specOf('opportunitesMenaces'), node.attrs.data);
  });
  const texts = (d: BlockData | null, t: string) =>
    d
      ? filledRows(d, t)
          .map((r) => cellText(r.intitule))
          .filter(Boolean)
      : [];
  return (
    <div className="swot" aria-label={fr.visuals.swot}>
      {SWOT_QUADRANTS.map((q) => (
        <Quadrant key={q.key} title={q.title} items={texts(q.key === 'forces' || q.key === 'faiblesses' ? data : external, q.key)} fill={q.fill} />
      ))}
    </div>
  );
}

/** Shares per action type (actions and budget) and a timeline of dated actions. */
function PacCharts({ data }: VisualProps) {
  const s = pacShares(data);
  const items = pacTimeline(data);
  const start = items.length ? Math.min(...items.map((i) => i.start.getTime())) : 0;
  const end = items.length ? Math.max(...items.map((i) => i.end.getTime())) + 86_400_000 : 1;
  const span = Math.max(end - start, 1);
  return (
    <div className="pac-visuals">
      <div className="share-bars" aria-label={fr.visuals.shares}>
        {(['countShare', 'budgetShare'] as const).map((k) => (
          <div key={k} className="share-row">
            <span>{k === 'countShare' ? fr.visuals.actions : fr.visuals.budget}</span>
            <div className="share-bar">
              {ACTION_TYPES.map((t) =>
                s.byType[t][k] > 0 ? (
                  <span
                    key={t}
                    className="seg"
                    style={{ width: `${s.byType[t][k] * 100}%`, background: css(ACTION_TYPE_COLORS[t] ?? NEUTRAL_COLOR) }}
                    title={`${t} ${formatPercent(s.byType[t][k])}`}
                  >
                    {s.byType[t][k] >= 0.12 ? `${t} ${formatPercent(s.byType[t][k])}` : ''}
                  </span>
                ) : null,
              )}
            </div>
          </div>
        ))}
      </div>
      {items.length > 0 && (
        <div className="gantt" aria-label={fr.visuals.calendar}>
          {items.map((item, i) => (
            <div key={i} className="gantt-row">
              <span className="gantt-label">{item.label}</span>
              <div className="gantt-track">
                <span
                  className="gantt-bar"
                  style={{
                    left: `${((item.start.getTime() - start) / span) * 100}%`,
                    width: `${Math.max(1.5, ((item.end.getTime() + 86_400_000 - item.start.getTime()) / span) * 100)}%`,
                    background: css(ACTION_TYPE_COLORS[item.type] ?? NEUTRAL_COLOR),
                  }}
                  title={`${item.start.toLocaleDateString('fr-FR')} → ${item.end.toLocaleDateString('fr-FR')}`}
                />
              </div>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

function Sparkline({ series, periods }: { series: KpiSeries; periods: string[] }) {
  const values = series.values.map((v) => v ?? NaN);
  const all = [...values.filter((v) => !Number.isNaN(v)), ...(series.objective !== null ? [series.objective] : [])];
  if (all.length < 1) return null;
  const min = Math.min(...all);
  const max = Math.max(...all);
  const w = 220;
  const h = 70;
  const x = (i: number) => 16 + (i * (w - 32)) / (values.length - 1);
  const y = (v: number) => h - 14 - ((v - min) / (max - min || 1)) * (h - 28);
  const points = values
    .map((v, i) => (Number.isNaN(v) ? null : `${x(i)},${y(v)}`))
    .filter(Boolean)
    .join(' ');
  return (
    <figure className="kpi-chart">
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={`Évolution : ${series.label}`}>
        {series.objective !== null && <line x1={8} x2={w - 8} y1={y(series.objective)} y2={y(series.objective)} className="objective" />}
        <polyline points={points} className="line" />
        {values.map((v, i) => (Number.isNaN(v) ? null : <circle key={i} cx={x(i)} cy={y(v)} r={3} />))}
        {periods.map((p, i) => (
          <text key={p + i} x={x(i)} y={h - 2} textAnchor="middle">
            {p}
          </text>
        ))}
      </svg>
      <figcaption>
        {series.label}
        {series.trend && ` — ${series.trend}`}
      </figcaption>
    </figure>
  );
}

function KpiCharts({ data }: VisualProps) {
  const periods = kpiPeriods(data);
  return (
    <div className="kpi-charts">
      {kpiSeries(data).map((s) => (
        <Sparkline key={s.index} series={s} periods={periods} />
      ))}
    </div>
  );
}

interface VisualProps {
  data: BlockData;
  editor: Editor;
}

/** The drawing of each kind of block that has one, under the block's typed name (the rest of its behaviour is in its core module). */
const VISUALS: Partial<Record<BlockName, ComponentType<VisualProps>>> = { diagnosticInterne: Swot, pac: PacCharts, kpi: KpiCharts };

/** The drawing a block adds under its tables (SWOT, PAC shares and timeline, KPI charts), if its kind has one. */
export function BlockVisual(props: { name: BlockName; data: BlockData; editor: Editor }) {
  const Visual = VISUALS[props.name];
  return Visual ? <Visual data={props.data} editor={props.editor} /> : null;
}
