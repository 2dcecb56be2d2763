import { useMemo } from 'react';
import type { PmNode } from '../../../core/model';
import { compareVersions, type VersionDiffItem } from '../../../core/document';
import { fr } from '../i18n/fr';

/** Runs of unchanged elements are folded into one line: the differences stay in view. */
function folded(diff: VersionDiffItem[]): Array<VersionDiffItem | { kind: 'fold'; count: number }> {
  const out: Array<VersionDiffItem | { kind: 'fold'; count: number }> = [];
  for (const item of diff) {
    const last = out[out.length - 1];
    if (item.kind !== 'same') out.push(item);
    else if (last?.kind === 'fold') last.count++;
    else out.push({ kind: 'fold', count: 1 });
  }
  return out;
}

/** Two versions compared: words added and removed in each paragraph, blocks field by field. */
export function CompareView(props: { older: PmNode; newer: PmNode; olderName: string; newerName: string }) {
  const t = fr.history.compare;
  const diff = useMemo(() => compareVersions(props.older, props.newer), [props.older, props.newer]);
  const changes = diff.filter((d) => d.kind !== 'same' && !(d.kind === 'block' && !d.changes.length));
  return (
    <section className="compare-view" aria-label={t.title(props.olderName, props.newerName)} data-testid="compare-view">
      <h3>{t.title(props.olderName, props.newerName)}</h3>
      <p className="muted">{changes.length ? t.summary(changes.length) : t.identical}</p>
      {folded(diff).map((item, i) => {
        switch (item.kind) {
          case 'fold':
            return (
              <p key={i} className="compare-fold muted">
                {t.unchanged(item.count)}
              </p>
            );
          case 'added':
            return (
              <p key={i} className="compare-added">
                <ins>{item.text || t.emptyElement}</ins>
              </p>
            );
          case 'removed':
            return (
              <p key={i} className="compare-removed">
                <del>{item.text || t.emptyElement}</del>
              </p>
            );
          case 'changed':
            return (
              <p key={i} className="compare-changed">
                {item.segments.map((s, k) =>
                  s.kind === 'added' ? <ins key={k}>{s.text}</ins> : s.kind === 'removed' ? <del key={k}>{s.text}</del> : <span key={k}>{s.text}</span>,
                )}
              </p>
            );
          case 'block':
            return item.changes.length ? (
              <div key={i} className="compare-block">
                <strong>{item.title}</strong>
                <table>
                  <thead>
                    <tr>
                      <th>{t.field}</th>
                      <th>{props.olderName}</th>
                      <th>{props.newerName}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {item.changes.map((c, k) => (
                      <tr key={k}>
                        <td>{c.label}</td>
                        <td>
                          <del>{c.before || '—'}</del>
                        </td>
                        <td>
                          <ins>{c.after || '—'}</ins>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p key={i} className="compare-fold muted">
                {t.blockUnchanged(item.title)}
              </p>
            );
          default:
            return null;
        }
      })}
    </section>
  );
}
