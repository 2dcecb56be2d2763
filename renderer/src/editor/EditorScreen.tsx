import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import { NodeSelection } from '@tiptap/pm/state';
import type { ApiClient } from '../api/client';
import type { OpenedMemoire } from '../../../core/api';
import type { PmNode, LengthTarget, MemoireMeta } from '../../../core/model';
import { statsFromBlocks, estimatePages, type DocumentStats, pmBlocks, topLevelBlocks, sectionTargets } from '../../../core/document';
import { invalidBlockValues } from '../../../core/schema/blocks';
import { flattenSections } from '../../../core/referential/template-schema';
import { editorExtensions } from './editor-extensions';
import { Toolbar } from './Toolbar';
import { useAutosave } from './use-autosave';
import { usePageCount } from './use-page-count';
import { StatusBar } from './StatusBar';
import { SpellMenu } from '../spelling/SpellMenu';
import { spelling } from '../spelling/spell-service';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { AppBar } from './AppBar';
import { FindBar } from './FindBar';
import { exportStem } from '../../../core/export/export-names';
import { LinkDialog, FootnoteDialog } from './InlineDialogs';
import { OutlinePanel } from '../outline/OutlinePanel';
import { ChecklistPanel } from '../checklist/ChecklistPanel';
import { useChecks } from '../checklist/use-checks';
import { SlashMenu } from './SlashMenu';
import { ExportDialog } from '../export/ExportDialog';
import { jumpToRange, jumpToTopLevel, topLevelPos } from './jump';
import { CommentsPanel } from '../comments/CommentsPanel';
import { CommentDialog } from '../comments/CommentDialog';
import { JuryQuestionsDialog } from '../soutenance/JuryQuestionsDialog';
import { SoutenanceDialog } from '../soutenance/SoutenanceDialog';
import { RehearsalView } from '../soutenance/RehearsalView';
import type { SlidePlan } from '../../../core/soutenance/slide-plan';
import { COMMENT_ROW_EVENT, type CommentRowRequest } from '../comments/comment-row';
import { recognizeTableNode } from '../../../core/checks/recognize-table';
import { sanitizeHtml } from '../../../core/import/sanitize-html';
import { HistoryPanel } from '../history/HistoryPanel';
import { CoverDialog } from '../cover/CoverDialog';
import { ErrorNotice } from '../ui/Dialog';
import { fr } from '../i18n/fr';
import { FilePicker, readAsBase64 } from '../ui/FilePicker';
import { useReview } from '../checklist/use-review';

const STATS_DELAY_MS = 300;

type Panel = 'history' | 'cover' | 'link' | 'footnote' | 'export' | 'comment' | 'questions' | 'soutenance' | 'rehearsal' | null;

/** Replaces a plain table that reads like a block by that block, with its rows. */
function convertTable(editor: NonNullable<ReturnType<typeof useEditor>>, index: number, blockName: string): void {
  const pos = topLevelPos(editor, index);
  const node = pos === null ? null : editor.state.doc.nodeAt(pos);
  if (pos === null || !node || node.type.name !== 'table') return;
  const recognized = recognizeTableNode(node);
  if (!recognized || recognized.spec.name !== blockName) return;
  const block = editor.schema.nodes[blockName].create({ data: recognized.data });
  editor
    .chain()
    .focus()
    .command(({ tr }) => {
      tr.replaceWith(pos, pos + node.nodeSize, block);
      return true;
    })
    .run();
}

/** The writing screen: toolbar, editor, outline with lengths, status bar with autosave; history and cover in dialogs. */
export function EditorScreen(props: {
  api: ApiClient;
  opened: OpenedMemoire;
  onClose: () => void;
  /** Switches the screen to another open mémoire (the repaired copy of a read-only one). */
  onOpened: (m: OpenedMemoire) => void;
  menuCommand: { name: string; seq: number } | null;
}) {
  const { api, opened } = props;
  const [meta, setMeta] = useState<MemoireMeta>(opened.meta);
  useEffect(() => spelling.connect(api), [api]);
  // The cover's names are the candidate's own words: never underlined.
  useEffect(
    () => spelling.knowNames([meta.candidate, meta.company, meta.tutor, meta.schoolTutor, meta.school]),
    [meta.candidate, meta.company, meta.tutor, meta.schoolTutor, meta.school],
  );
  const [length, setLength] = useState<LengthTarget>(opened.settings.length);
  const [panel, setPanel] = useState<Panel>(null);
  const [showOutline, setShowOutline] = useState(true);
  const [showChecklist, setShowChecklist] = useState(true);
  const [showComments, setShowComments] = useState(false);
  const [commentsVersion, setCommentsVersion] = useState(0);
  const [slashAt, setSlashAt] = useState<{ left: number; top: number } | null>(null);
  const [stats, setStats] = useState<DocumentStats>({ totalWords: 0, sections: [], figures: 0, tables: 0 });
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(opened.migrationBackup ? fr.editor.migrated(opened.migrationBackup) : null);
  const imageInput = useRef<HTMLInputElement>(null);
  const reviewInput = useRef<HTMLInputElement>(null);
  /** The find bar, when open; `seq` brings the focus back to it on a new Ctrl+F. */
  const [find, setFind] = useState<{ replace: boolean; seq: number } | null>(null);
  // Ctrl+F / Ctrl+H anywhere on the screen (the outline, a panel): the mémoire's search, not the browser's.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey || !['f', 'h'].includes(e.key.toLowerCase())) return;
      e.preventDefault();
      setFind((f) => ({ replace: e.key.toLowerCase() === 'h' || (f?.replace ?? false), seq: (f?.seq ?? 0) + 1 }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const imageUrls = useRef(new Map<string, Promise<string>>());

  const callbacks = useRef({
    openLinkDialog: () => setPanel('link'),
    openSlashMenu: (at: { left: number; top: number }) => setSlashAt(at),
    openFootnoteDialog: () => setPanel('footnote'),
    openFind: (replace: boolean) => setFind((f) => ({ replace: replace || (f?.replace ?? false), seq: (f?.seq ?? 0) + 1 })),
    loadImage: (id: string) => {
      let url = imageUrls.current.get(id);
      if (!url) {
        url = api.call('attachments.get', { handle: opened.handle, id }).then((a) => {
          const bytes = Uint8Array.from(atob(a.dataBase64), (c) => c.charCodeAt(0));
          return URL.createObjectURL(new Blob([bytes], { type: a.mime }));
        });
        imageUrls.current.set(id, url);
        url.catch(() => imageUrls.current.delete(id));
      }
      return url;
    },
  });

  const editor = useEditor({
    extensions: useMemo(() => editorExtensions(callbacks.current), []),
    content: opened.doc,
    // A document this version cannot represent exactly is shown, never edited or saved over.
    editable: !opened.readOnly,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { class: 'prose memoire-doc', spellcheck: 'true', lang: 'fr', 'aria-label': fr.editor.label },
      // Pasted HTML goes through the same sanitiser as an imported Word file before the schema reads it.
      transformPastedHTML: (html) => sanitizeHtml(html, window),
      handleClickOn: (_view, _pos, node) => {
        if (node.type.name === 'footnote') {
          setPanel('footnote');
          return false;
        }
        return false;
      },
    },
  });

  const autosave = useAutosave(opened.readOnly ? null : editor, api, opened.handle, opened.revision > 0 ? Date.parse(opened.updatedAt) : null);
  // Read once when the export dialog opens (the text cannot change under it), not on every render.
  const invalidAtExport = useMemo(() => (panel === 'export' && editor ? invalidBlockValues(topLevelBlocks(editor.state.doc)) : []), [panel, editor]);
  const review = useReview(api, opened, editor, meta.tutor);

  /** The tutor's evaluation grid, as a PDF beside the exports (the Word version comes from the CLI or a second click). */
  const exportGrid = async () => {
    try {
      const chosen = await api.call('files.chooseExport', { suggestedName: exportStem('grille', meta), format: 'pdf' });
      if (!chosen.path) return;
      const result = await api.call('review.exportGrid', { handle: opened.handle, format: 'pdf', path: chosen.path, overwrite: chosen.overwriteConfirmed });
      setError(null);
      setNotice(fr.review.gridDone(result.path));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  /** The tutor's light review file, to send back instead of the whole mémoire. */
  const exportReview = async () => {
    try {
      const chosen = await api.call('files.chooseExport', { suggestedName: exportStem('relecture', meta), format: 'relecture' });
      if (!chosen.path) return;
      const result = await api.call('review.exportFile', { handle: opened.handle, path: chosen.path, overwrite: chosen.overwriteConfirmed });
      setNotice(fr.review.reviewDone(result.path));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  /** Merges a tutor's review into this copy: verdicts, comments re-anchored; the text is not touched. */
  const importReview = async (file: File) => {
    try {
      const report = await api.call('review.import', { handle: opened.handle, text: await file.text() });
      setNotice(
        fr.review.imported(
          report.verdictsApplied,
          report.commentsAdded,
          report.alreadyThere,
          report.detached.map((d) => d.quote),
        ),
      );
      await review.reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const [commentRow, setCommentRow] = useState<CommentRowRequest | null>(null);
  const [rehearsed, setRehearsed] = useState<SlidePlan | null>(null);
  useEffect(() => {
    if (!editor) return;
    const dom = editor.view.dom;
    const onCommentRow = (e: Event) => {
      setCommentRow((e as CustomEvent<CommentRowRequest>).detail);
      setPanel('comment');
    };
    dom.addEventListener(COMMENT_ROW_EVENT, onCommentRow);
    return () => dom.removeEventListener(COMMENT_ROW_EVENT, onCommentRow);
  }, [editor]);

  // Stats are recomputed after a short pause, off the keystroke path.
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const compute = () => setStats(statsFromBlocks(pmBlocks(editor.state.doc)));
    compute();
    const onUpdate = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(compute, STATS_DELAY_MS);
    };
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [editor]);

  useEffect(
    () => () =>
      imageUrls.current.forEach((p) =>
        p.then(
          (u) => URL.revokeObjectURL(u),
          () => undefined,
        ),
      ),
    [],
  );

  const sectionList = useMemo(() => flattenSections(opened.template.sections).map((s) => ({ id: s.id, title: s.title })), [opened.template]);
  /** The template section a position is in: the section of the last heading above it. */
  const sectionOf = useCallback(
    (pos: number) => {
      let found: string | null = null;
      editor?.state.doc.forEach((node, offset) => {
        if (offset <= pos && node.type.name === 'heading' && node.attrs.sectionId) found = node.attrs.sectionId as string;
      });
      return found;
    },
    [editor],
  );
  const templateSections = useMemo(() => new Map(flattenSections(opened.template.sections).map((s) => [s.id, s])), [opened.template]);
  const targets = useMemo(() => sectionTargets(opened.template, length), [opened.template, length]);
  const [presetId, setPresetId] = useState(opened.settings.exportPreset);
  const laidPages = usePageCount(api, opened.handle, autosave.state.savedAt, presetId);
  const pages = laidPages ?? estimatePages(stats, length.wordsPerPage);

  const jumpTo = useCallback((index: number) => editor && jumpToTopLevel(editor, index), [editor]);
  const checkSetup = useMemo(
    () => ({ template: opened.template, referentiel: opened.referentiel, thresholds: opened.thresholds, length }),
    [opened.template, opened.referentiel, opened.thresholds, length],
  );
  const checks = useChecks(editor, checkSetup);
  const authorName = review.role === 'tutor' ? meta.tutor || fr.review.tutor : meta.candidate;
  const criteriaList = useMemo(
    () => (checks.report?.criteria ?? []).filter((c) => c.scope === checks.report?.scope).map((c) => ({ id: c.criterionId, label: c.label })),
    [checks.report],
  );
  const onConvert = useCallback((index: number, name: string) => editor && convertTable(editor, index, name), [editor]);

  const close = useCallback(async () => {
    await autosave.flush();
    await api.call('memoire.close', { handle: opened.handle });
    props.onClose();
  }, [autosave, api, opened.handle, props]);

  useEffect(() => {
    const cmd = props.menuCommand?.name;
    if (!cmd) return;
    if (cmd === 'history') setPanel('history');
    if (cmd === 'cover') setPanel('cover');
    if (cmd === 'outline') setShowOutline((v) => !v);
    if (cmd === 'referentiel') setShowChecklist(true);
    if (cmd === 'export') setPanel('export');
    if (cmd === 'snapshot') setPanel('history');
    if (cmd === 'close') void close();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.menuCommand?.seq]);

  const insertImage = async (file: File) => {
    if (!editor) return;
    try {
      const mime = file.type as 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';
      const added = await api.call('attachments.addImage', { handle: opened.handle, name: file.name, mime, dataBase64: await readAsBase64(file) });
      editor
        .chain()
        .focus()
        .insertFigure({ attachmentId: added.id, alt: file.name.replace(/\.[^.]+$/, '') })
        .run();
      if (added.reducedFrom) setNotice(fr.figure.reduced(added.reducedFrom, added));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (!editor) return null;
  const selectedFootnote =
    editor.state.selection instanceof NodeSelection && editor.state.selection.node.type.name === 'footnote'
      ? String(editor.state.selection.node.attrs.text)
      : null;

  return (
    <div className="editor-screen">
      <AppBar
        title={meta.title}
        candidate={meta.candidate}
        role={review.role}
        onRole={review.setRole}
        tutorEdits={review.tutorEdits}
        onTutorEdits={review.setTutorEdits}
        actions={{
          review: [
            ...(review.role === 'tutor' ? [{ label: fr.review.exportGrid, short: fr.toolbar.short.exportGrid, onClick: () => void exportGrid() }] : []),
            review.role === 'tutor'
              ? { label: fr.review.exportReview, short: fr.toolbar.short.exportReview, onClick: () => void exportReview() }
              : { label: fr.review.importReview, short: fr.toolbar.short.importReview, onClick: () => reviewInput.current?.click() },
            {
              label: fr.comments.add,
              onClick: () => {
                setCommentRow(null);
                setPanel('comment');
              },
            },
            { label: fr.comments.toggle, onClick: () => setShowComments((v) => !v), pressed: showComments },
          ],
          views: [
            { label: fr.toolbar.outline, onClick: () => setShowOutline((v) => !v), pressed: showOutline },
            { label: fr.toolbar.checklist, onClick: () => setShowChecklist((v) => !v), pressed: showChecklist },
          ],
          tools: [
            { label: fr.toolbar.cover, onClick: () => setPanel('cover') },
            { label: fr.toolbar.history, onClick: () => setPanel('history') },
            { label: fr.exportDialog.open, onClick: () => setPanel('export') },
            { label: fr.soutenance.open, onClick: () => setPanel('soutenance') },
            { label: fr.jury.open, short: fr.toolbar.short.juryQuestions, onClick: () => setPanel('questions') },
            { label: fr.toolbar.close, short: fr.toolbar.short.close, onClick: () => void close() },
          ],
        }}
      />
      <Toolbar editor={editor} onLink={() => setPanel('link')} onFootnote={() => setPanel('footnote')} onImage={() => imageInput.current?.click()} />
      <ErrorNotice message={error} onDismiss={() => setError(null)} />
      {notice && (
        <div className="confirm-notice" role="status">
          <span>{notice}</span>
          <button type="button" className="link-button" onClick={() => setNotice(null)}>
            {fr.errors.ok}
          </button>
        </div>
      )}
      <ReadOnlyNotice api={api} opened={opened} onOpened={props.onOpened} onError={setError} />
      <div className="editor-body">
        {showOutline && <OutlinePanel stats={stats} targets={targets} sections={templateSections} onJump={jumpTo} />}
        <div className="page-scroll">
          {find && editor && (
            <FindBar
              editor={editor}
              replace={find.replace}
              focusKey={find.seq}
              onClose={() => {
                setFind(null);
                editor.commands.focus();
              }}
            />
          )}
          <div className="page">
            <EditorContent editor={editor} />
          </div>
        </div>
        {showComments && (
          <CommentsPanel
            api={api}
            handle={opened.handle}
            role={review.role}
            authorName={authorName}
            criteria={criteriaList}
            refreshKey={commentsVersion}
            sections={sectionList}
            sectionOf={sectionOf}
            onJump={(from, to) => jumpToRange(editor, from, to)}
          />
        )}
        {showChecklist && !showComments && (
          <ChecklistPanel report={checks.report} runs={checks.runs} template={opened.template} onJump={jumpTo} onConvert={onConvert} review={review.props} />
        )}
      </div>
      <SpellMenu />
      {slashAt && <SlashMenu editor={editor} at={slashAt} onClose={() => setSlashAt(null)} />}
      <StatusBar
        state={autosave.state}
        summary={fr.outline.total(stats.totalWords, fr.outline.pages(pages, laidPages !== null), length.minPages, length.maxPages)}
        pagesStatus={pages < length.minPages ? 'under' : pages > length.maxPages ? 'over' : 'within'}
      />
      <FilePicker ref={imageInput} accept="image/png,image/jpeg" testId="image-input" onPick={(file) => void insertImage(file)} />
      <FilePicker ref={reviewInput} accept=".relecture,application/json" testId="review-input" onPick={(file) => void importReview(file)} />
      {panel === 'history' && (
        <HistoryPanel
          api={api}
          currentDoc={() => editor.getJSON() as PmNode}
          handle={opened.handle}
          onClose={() => setPanel(null)}
          beforeRestore={autosave.flush}
          onRestored={(doc: PmNode, updatedAt) => {
            editor.commands.setContent(doc, { emitUpdate: false });
            setStats(statsFromBlocks(pmBlocks(editor.state.doc)));
            autosave.markSaved(Date.parse(updatedAt));
          }}
        />
      )}
      {panel === 'cover' && (
        <CoverDialog
          api={api}
          handle={opened.handle}
          meta={meta}
          length={length}
          onClose={() => setPanel(null)}
          onSaved={(m, l) => {
            setMeta(m);
            setLength(l);
          }}
        />
      )}
      {panel === 'export' && (
        <ExportDialog
          api={api}
          handle={opened.handle}
          meta={meta}
          template={opened.template}
          length={length}
          presetId={presetId}
          onPresetUsed={setPresetId}
          beforeExport={autosave.flush}
          invalidValues={invalidAtExport}
          onFix={(index) => {
            setPanel(null);
            jumpToTopLevel(editor, index);
          }}
          onClose={() => setPanel(null)}
        />
      )}
      {panel === 'comment' && (
        <CommentDialog
          api={api}
          handle={opened.handle}
          editor={editor}
          role={review.role}
          authorName={authorName}
          criteria={criteriaList}
          row={commentRow}
          onClose={() => setPanel(null)}
          onAdded={() => {
            setPanel(null);
            setShowComments(true);
            setCommentsVersion((v) => v + 1);
          }}
        />
      )}
      {panel === 'soutenance' && (
        <SoutenanceDialog
          api={api}
          handle={opened.handle}
          title={meta.title}
          accent={meta.accentColor}
          beforeExport={autosave.flush}
          onClose={() => setPanel(null)}
          onExported={(path) => {
            setError(null);
            setNotice(fr.soutenance.done(path));
          }}
          onRehearse={(plan) => {
            setRehearsed(plan);
            setPanel('rehearsal');
          }}
        />
      )}
      {panel === 'rehearsal' && rehearsed && (
        <RehearsalView
          api={api}
          handle={opened.handle}
          slides={rehearsed.slides.filter((s) => !s.hidden)}
          targetSeconds={rehearsed.targetSeconds}
          onClose={() => setPanel('soutenance')}
        />
      )}
      {panel === 'questions' && <JuryQuestionsDialog report={checks.report} onJump={jumpTo} onClose={() => setPanel(null)} />}
      {panel === 'link' && <LinkDialog editor={editor} onClose={() => setPanel(null)} />}
      {panel === 'footnote' && <FootnoteDialog editor={editor} initial={selectedFootnote} onClose={() => setPanel(null)} />}
    </div>
  );
}
