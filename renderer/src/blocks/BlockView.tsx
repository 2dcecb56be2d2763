import { useEffect, useMemo, useRef, useState } from 'react';
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import {
  columnLabel,
  emptyRow,
  normalizeBlockData,
  type BlockData,
  type CellValue,
  type ColumnSpec,
  type TableSpec,
  blockSpec,
  validateBlock,
  type BlockIssue,
  blockSummary,
  computedColumns,
  blockText,
  cellLabel,
} from '../../../core/schema/blocks';
import { CellInput } from './CellInput';
import { BlockVisual } from './BlockVisuals';
import { fr } from '../i18n/fr';
import { CriteriaChips } from '../ui/CriteriaChips';
import { COMMENT_ROW_EVENT, type CommentRowRequest } from '../comments/comment-row';
import { columnMinWidth, fitsAsGrid } from './table-layout';

const UNMEASURED_GRID_COLUMNS = 5;

/** The width of an element, followed as the window or the panels change. */
function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

function Issue({ issue }: { issue?: BlockIssue }) {
  if (!issue) return null;
  return <small className={`cell-issue issue-${issue.level}`}>{issue.message}</small>;
}

/**
 * The editable view of every business block: fields, typed tables, computed columns and summary,
 * with French messages on the fields at fault. Writes back through `updateAttributes`.
 */
export function BlockView(props: ReactNodeViewProps) {
  const spec = blockSpec(props.node.type.name)!;
  const data = useMemo(() => normalizeBlockData(spec, props.node.attrs.data), [spec, props.node.attrs.data]);
  const issues = useMemo(() => new Map(validateBlock(spec, data).map((i) => [i.path, i])), [spec, data]);
  const summary = useMemo(() => blockSummary(spec, data), [spec, data]);
  const editable = props.editor.isEditable;
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const [tablesRef, tablesWidth] = useWidth<HTMLDivElement>();

  /** Deletes the block and gives the text its focus back, so Ctrl+Z brings the block back from the keyboard. */
  const remove = () => {
    const pos = props.getPos();
    props.deleteNode();
    const chain = props.editor.chain().focus();
    (typeof pos === 'number' ? chain.setTextSelection(Math.min(pos, props.editor.state.doc.content.size)) : chain).run();
  };
  // A filled block holds the candidate's work: its deletion is confirmed first; an empty one goes at once.
  const askRemove = () => (blockText(spec.name, data).trim() ? setConfirmingRemove(true) : remove());

  // Ctrl+Z / Ctrl+Y inside a block (a field, a button) undo and redo in the document's history, where
  // every field edit, added or removed row lives: the browser's own undo of a field knows none of it.
  const undoFromBlock = (e: React.KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    const redo = key === 'y' || (key === 'z' && e.shiftKey);
    if (key !== 'z' && !redo) return;
    e.preventDefault();
    if (redo) props.editor.commands.redo();
    else props.editor.commands.undo();
  };

  const write = (next: BlockData) => props.updateAttributes({ data: next });
  const setField = (key: string, value: CellValue) => write({ ...data, fields: { ...data.fields, [key]: value } });
  const setCell = (table: string, row: number, key: string, value: CellValue) =>
    write({ ...data, tables: { ...data.tables, [table]: data.tables[table].map((r, i) => (i === row ? { ...r, [key]: value } : r)) } });
  const addRow = (table: string) =>
    write({ ...data, tables: { ...data.tables, [table]: [...data.tables[table], emptyRow(spec.tables.find((t) => t.key === table)!)] } });
  const removeRow = (table: string, row: number) => write({ ...data, tables: { ...data.tables, [table]: data.tables[table].filter((_, i) => i !== row) } });
  // The editor screen owns the comment dialog: the row asks for it with a DOM event, in either role.
  const commentRow = (target: HTMLElement, table: string, index: number) => {
    const pos = props.getPos();
    if (typeof pos !== 'number') return;
    const detail: CommentRowRequest = { pos, table, index };
    target.dispatchEvent(new CustomEvent(COMMENT_ROW_EVENT, { bubbles: true, detail }));
  };
  const commentButton = (table: string, label: string, i: number) => (
    <button
      type="button"
      className="icon-button"
      aria-label={`${fr.blocks.commentRow} ${label} ${i + 1}`}
      title={fr.blocks.commentRow}
      onClick={(e) => commentRow(e.currentTarget, table, i)}
    >
      <svg viewBox="0 0 16 16" width="15" height="15" aria-hidden="true">
        <path d="M2 3h12v8H7l-3 3v-3H2z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
      </svg>
    </button>
  );

  // One cell of a block table, in a card or in the grid: its input and what is wrong with it.
  const cellEditor = (table: TableSpec, i: number, row: Record<string, CellValue>, c: ColumnSpec) => {
    const issue = issues.get(`tables.${table.key}.${i}.${c.key}`);
    return (
      <>
        <CellInput
          column={c}
          label={cellLabel(c.label, table, i)}
          value={row[c.key]}
          invalid={issue?.level === 'error'}
          onChange={(v) => setCell(table.key, i, c.key, v)}
        />
        <Issue issue={issue} />
      </>
    );
  };
  const removeButton = (table: string, i: number) =>
    editable && (
      <button
        type="button"
        className="icon-button"
        aria-label={`${fr.blocks.removeRow} ${i + 1}`}
        title={fr.blocks.removeRow}
        onClick={() => removeRow(table, i)}
      >
        ×
      </button>
    );

  return (
    <NodeViewWrapper
      className={`business-block block-${spec.name}${props.selected ? ' is-selected' : ''}`}
      data-layout={tablesWidth === 0 ? undefined : 'measured'}
      data-block={spec.name}
      contentEditable={false}
      onKeyDown={undoFromBlock}
    >
      <header className="block-header" data-drag-handle>
        <div>
          <strong className="block-title">{spec.title}</strong>
          <CriteriaChips ids={spec.criteria} />
        </div>
        {editable && (
          <button type="button" className="link-button" onClick={askRemove} aria-label={`${fr.blocks.remove} ${spec.title}`}>
            {fr.blocks.remove}
          </button>
        )}
      </header>
      {confirmingRemove && (
        <div className="confirm-notice" role="alertdialog" aria-label={fr.blocks.confirmRemoveTitle} data-testid="confirm-remove-block">
          <span>{fr.blocks.confirmRemove(spec.title)}</span>
          <button type="button" className="primary" onClick={remove}>
            {fr.blocks.confirmRemoveAction}
          </button>
          <button type="button" onClick={() => setConfirmingRemove(false)}>
            {fr.blocks.cancelRemove}
          </button>
        </div>
      )}
      <p className="block-help">{spec.description}</p>
      {spec.fields.length > 0 && (
        <div className="block-fields">
          {spec.fields.map((f) => (
            <label key={f.key} className={`block-field type-${f.type}`}>
              <span>
                {f.label}
                {f.required && ' *'}
              </span>
              <CellInput
                column={f}
                label={f.label}
                value={data.fields[f.key]}
                invalid={issues.get(`fields.${f.key}`)?.level === 'error'}
                onChange={(v) => setField(f.key, v)}
              />
              <Issue issue={issues.get(`fields.${f.key}`)} />
            </label>
          ))}
        </div>
      )}
      <div ref={tablesRef} className="block-tables">
        {spec.tables.map((table) => {
          const computed = computedColumns(spec, table.key);
          // A grid, one line per row, where every column fits whole; one card per row where they would be squeezed.
          // Until the block is on screen (not laid out, so not measured), wide tables start as cards.
          const cards = tablesWidth > 0 ? !fitsAsGrid(table.columns, computed.length, tablesWidth) : table.columns.length > UNMEASURED_GRID_COLUMNS;
          return (
            <section key={table.key} className="block-table" aria-label={table.label}>
              <h4>{table.label}</h4>
              <Issue issue={issues.get(`tables.${table.key}`)} />
              {cards ? (
                <ol className="row-cards">
                  {data.tables[table.key].map((row, i) => (
                    <li key={i} className="row-card">
                      <div className="row-card-head">
                        <span>
                          {table.rowLabel} {i + 1}
                        </span>
                        {computed.map((c) => (
                          <span key={c.label} className="computed">
                            {c.label} : {c.value(row, data)}
                          </span>
                        ))}
                        {commentButton(table.key, table.rowLabel, i)}
                        {removeButton(table.key, i)}
                      </div>
                      <div className="row-card-fields">
                        {table.columns.map((c) => (
                          <label key={c.key} className={`block-field type-${c.type}`}>
                            <span>{columnLabel(c, data)}</span>
                            {cellEditor(table, i, row, c)}
                          </label>
                        ))}
                      </div>
                    </li>
                  ))}
                </ol>
              ) : (
                <div className="block-table-scroll">
                  <table>
                    <thead>
                      <tr>
                        {table.columns.map((c) => (
                          <th key={c.key} className={`type-${c.type}`} style={{ minWidth: columnMinWidth(c) }}>
                            {columnLabel(c, data)}
                          </th>
                        ))}
                        {computed.map((c) => (
                          <th key={c.label} className="computed">
                            {c.label}
                          </th>
                        ))}
                        <th aria-label={fr.blocks.rowActions} />
                      </tr>
                    </thead>
                    <tbody>
                      {data.tables[table.key].map((row, i) => (
                        <tr key={i}>
                          {table.columns.map((c) => (
                            <td key={c.key} className={`type-${c.type}`}>
                              {cellEditor(table, i, row, c)}
                            </td>
                          ))}
                          {computed.map((c) => (
                            <td key={c.label} className="computed">
                              {c.value(row, data)}
                            </td>
                          ))}
                          <td className="row-buttons">
                            {commentButton(table.key, table.rowLabel, i)}
                            {removeButton(table.key, i)}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {editable && (
                <button type="button" className="add-row" onClick={() => addRow(table.key)}>
                  + {fr.blocks.addRow(table.rowLabel)}
                </button>
              )}
            </section>
          );
        })}
      </div>
      {summary.length > 0 && (
        <dl className="block-summary">
          {summary.map((line) => (
            <div key={line.label} className={line.tone ? `tone-${line.tone}` : undefined}>
              <dt>{line.label}</dt>
              <dd>{line.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <BlockVisual name={spec.name} data={data} editor={props.editor} />
    </NodeViewWrapper>
  );
}
