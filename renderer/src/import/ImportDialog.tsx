import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/client';
import type { ApiOutput, OpenedMemoire } from '../../../core/api';
import { Dialog, ErrorNotice } from '../ui/Dialog';
import { readAsBase64 } from '../ui/FilePicker';
import { fr } from '../i18n/fr';

type Preview = ApiOutput<'import.preview'>;
type Report = Preview['report'];

/** The import report: what was recognised, converted and left out. */
function ReportLines(props: { report: Report; converted: number }) {
  const r = props.report;
  const t = fr.importDialog;
  return (
    <ul className="import-report" data-testid="import-report">
      {r.origin === 'memoire-studio' && <li>{t.restored}</li>}
      <li>{t.reportHeadings(r.mappedHeadings, r.headings)}</li>
      <li>{t.reportContent(r.paragraphs, r.lists, r.tables, r.footnotes)}</li>
      <li>{t.reportImages(r.images)}</li>
      {r.recognizedTables.length > 0 && <li>{t.reportTables(r.recognizedTables.length, props.converted)}</li>}
      {r.droppedImages > 0 && <li className="status-under">{t.reportDropped(r.droppedImages)}</li>}
      {r.warnings.slice(0, 5).map((w) => (
        <li key={w} className="muted">
          {t.warning(w)}
        </li>
      ))}
    </ul>
  );
}

/**
 * Importing a Word draft: the file is read by the back end (nothing written), then the mapping
 * screen shows each heading with the template section it was matched to (changeable), the tables
 * that read like a block (convertible), and the cover fields; "Créer le mémoire" writes a new .memoire.
 */
export function ImportDialog(props: { api: ApiClient; file: File; onClose: () => void; onOpened: (m: OpenedMemoire) => void }) {
  const { api, file } = props;
  const t = fr.importDialog;
  const [data, setData] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<Record<number, string>>({});
  const [convert, setConvert] = useState<number[]>([]);
  const [title, setTitle] = useState('');
  const [candidate, setCandidate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(true);
  const [created, setCreated] = useState<{ opened: OpenedMemoire; report: Report } | null>(null);

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        if (!/\.docx$/i.test(file.name)) throw new Error(t.notDocx);
        const base64 = await readAsBase64(file);
        const result = await api.call('import.preview', { name: file.name, dataBase64: base64 });
        if (!live) return;
        setData(base64);
        setPreview(result);
        setMapping(Object.fromEntries(result.headings.map((h) => [h.index, h.sectionId ?? ''])));
        setTitle((result.headings[0]?.text ?? file.name.replace(/\.docx$/i, '')).slice(0, 300));
      } catch (e) {
        if (live) setError((e as Error).message);
      } finally {
        if (live) setBusy(false);
      }
    })();
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file]);

  const create = async () => {
    if (!data || !preview) return;
    if (!title.trim() || !candidate.trim()) {
      setError(t.needMeta);
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const result = await api.call('import.create', {
        name: file.name,
        dataBase64: data,
        meta: {
          title: title.trim(),
          candidate: candidate.trim(),
          subtitle: '',
          school: '',
          company: '',
          perimeter: '',
          tutor: '',
          schoolTutor: '',
          year: String(new Date().getFullYear()),
          confidential: false,
          sensitiveTerms: [],
        },
        mapping: preview.headings.map((h) => ({ index: h.index, sectionId: mapping[h.index] || null })),
        convertTables: convert,
      });
      if (result.opened) setCreated({ opened: result.opened, report: result.report });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t.title(file.name)} onClose={props.onClose} wide testId="import-dialog">
      <ErrorNotice message={error} />
      {busy && !preview && <p role="status">{t.reading}</p>}
      {created ? (
        <>
          <p role="status">{t.done(created.opened.path)}</p>
          <ReportLines report={created.report} converted={convert.length} />
          <footer className="dialog-footer">
            <button type="button" className="primary" onClick={() => props.onOpened(created.opened)}>
              {t.open}
            </button>
          </footer>
        </>
      ) : (
        preview && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void create();
            }}
          >
            <ReportLines report={preview.report} converted={convert.length} />
            <h3>{t.mappingTitle}</h3>
            <p className="muted">{t.mappingHelp}</p>
            <table className="mapping-table" data-testid="mapping-table">
              <thead>
                <tr>
                  <th>{t.headingColumn}</th>
                  <th>{t.sectionColumn}</th>
                </tr>
              </thead>
              <tbody>
                {preview.headings.map((h) => (
                  <tr key={h.index} className={mapping[h.index] ? '' : 'unmapped'}>
                    <td style={{ paddingLeft: `${(h.level - 1) * 16 + 6}px` }}>{h.text || t.emptyHeading}</td>
                    <td>
                      <select
                        aria-label={t.sectionFor(h.text)}
                        value={mapping[h.index] ?? ''}
                        onChange={(e) => setMapping({ ...mapping, [h.index]: e.target.value })}
                      >
                        <option value="">{t.unmapped}</option>
                        {preview.sections.map((s) => (
                          <option key={s.id} value={s.id}>
                            {`${'  '.repeat(s.level - 1)}${s.title}`}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {preview.report.recognizedTables.length > 0 && (
              <fieldset className="annex-list">
                <legend>{t.tablesTitle}</legend>
                <p className="muted">{t.tablesHelp}</p>
                {preview.report.recognizedTables.map((table) => (
                  <label key={table.index} className="field field-check">
                    <input
                      type="checkbox"
                      checked={convert.includes(table.index)}
                      onChange={(e) => setConvert(e.target.checked ? [...convert, table.index] : convert.filter((i) => i !== table.index))}
                    />
                    <span>{t.convertTable(table.blockTitle)}</span>
                  </label>
                ))}
              </fieldset>
            )}
            <div className="form-grid">
              <label className="field field-wide">
                <span>{t.titleField}</span>
                <input name="import-title" value={title} onChange={(e) => setTitle(e.target.value)} />
              </label>
              <label className="field field-wide">
                <span>{t.candidateField}</span>
                <input name="import-candidate" value={candidate} onChange={(e) => setCandidate(e.target.value)} />
              </label>
            </div>
            <footer className="dialog-footer">
              <button type="button" onClick={props.onClose}>
                {t.cancel}
              </button>
              <button type="submit" className="primary" disabled={busy}>
                {busy ? t.creating : t.create}
              </button>
            </footer>
          </form>
        )
      )}
    </Dialog>
  );
}
