import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EditorContent } from '@tiptap/react';
import type { ApiClient } from '../api/client';
import type { OpenedMemoire } from '../../../core/api';
import type { LengthTarget, MemoireMeta } from '../../../core/model';
import { estimatePages, topLevelBlocks } from '../../../core/document';
import { invalidBlockValues } from '../../../core/schema/blocks';
import { Toolbar } from './Toolbar';
import { useAutosave } from './use-autosave';
import { usePageCount } from './use-page-count';
import { useMemoireEditor } from './use-memoire-editor';
import { useDocumentStats } from './use-document-stats';
import { useFind } from './use-find';
import { useTemplateSections } from './use-template-sections';
import { StatusBar } from './StatusBar';
import { SpellMenu } from '../spelling/SpellMenu';
import { spelling } from '../spelling/spell-service';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { AppBar } from './AppBar';
import { FindBar } from './FindBar';
import { EditorDialogs, type Panel } from './EditorDialogs';
import { screenActions } from './screen-actions';
import { OutlinePanel } from '../outline/OutlinePanel';
import { ChecklistPanel } from '../checklist/ChecklistPanel';
import { useChecks } from '../checklist/use-checks';
import { convertTable } from '../checklist/convert-table';
import { reviewFiles } from '../checklist/review-files';
import { SlashMenu } from './SlashMenu';
import { jumpToRange, jumpToTopLevel } from './jump';
import { CommentsPanel } from '../comments/CommentsPanel';
import { ErrorNotice, StatusNotice } from '../ui/Dialog';
import { fr } from '../i18n/fr';
import { FilePicker, readAsBase64 } from '../ui/FilePicker';
import { useReview } from '../checklist/use-review';

/** The writing screen: toolbar, editor, outline with lengths, checklist or comments, status bar with autosave; the rest in dialogs. */
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
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(opened.migrationBackup ? fr.editor.migrated(opened.migrationBackup) : null);
  const imageInput = useRef<HTMLInputElement>(null);
  const reviewInput = useRef<HTMLInputElement>(null);
  const find = useFind();

  const editor = useMemoireEditor(api, opened, {
    openLinkDialog: () => setPanel('link'),
    openSlashMenu: (at) => setSlashAt(at),
    openFootnoteDialog: () => setPanel('footnote'),
    openFind: find.open,
  });
  const autosave = useAutosave(opened.readOnly ? null : editor, api, opened.handle, opened.revision > 0 ? Date.parse(opened.updatedAt) : null);
  // Read once when the export dialog opens (the text cannot change under it), not on every render.
  const invalidAtExport = useMemo(() => (panel === 'export' && editor ? invalidBlockValues(topLevelBlocks(editor.state.doc)) : []), [panel, editor]);
  const review = useReview(api, opened, editor, meta.tutor);
  const files = reviewFiles(api, opened.handle, meta, review.reload, { notice: setNotice, error: setError });
  const { stats, refresh: refreshStats } = useDocumentStats(editor);

  const sections = useTemplateSections(opened.template, length, editor);
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

  return (
    <div className="editor-screen">
      <AppBar
        title={meta.title}
        candidate={meta.candidate}
        role={review.role}
        onRole={review.setRole}
        tutorEdits={review.tutorEdits}
        onTutorEdits={review.setTutorEdits}
        actions={screenActions({
          role: review.role,
          files,
          importReview: () => reviewInput.current?.click(),
          open: setPanel,
          close: () => void close(),
          panes: { outline: showOutline, checklist: showChecklist, comments: showComments },
          toggle: { outline: () => setShowOutline((v) => !v), checklist: () => setShowChecklist((v) => !v), comments: () => setShowComments((v) => !v) },
        })}
      />
      <Toolbar editor={editor} onLink={() => setPanel('link')} onFootnote={() => setPanel('footnote')} onImage={() => imageInput.current?.click()} />
      <ErrorNotice message={error} onDismiss={() => setError(null)} />
      <StatusNotice message={notice} onDismiss={() => setNotice(null)} />
      <ReadOnlyNotice api={api} opened={opened} onOpened={props.onOpened} onError={setError} />
      <div className="editor-body">
        {showOutline && <OutlinePanel stats={stats} targets={sections.targets} sections={sections.byId} onJump={jumpTo} />}
        <div className="page-scroll">
          {find.find && (
            <FindBar
              editor={editor}
              replace={find.find.replace}
              focusKey={find.find.seq}
              onClose={() => {
                find.close();
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
            sections={sections.list}
            sectionOf={sections.sectionOf}
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
      <FilePicker ref={reviewInput} accept=".relecture,application/json" testId="review-input" onPick={(file) => void files.importReview(file)} />
      <EditorDialogs
        panel={panel}
        onPanel={setPanel}
        editor={editor}
        api={api}
        opened={opened}
        meta={meta}
        length={length}
        onCover={(m, l) => {
          setMeta(m);
          setLength(l);
        }}
        autosave={autosave}
        presetId={presetId}
        onPresetUsed={setPresetId}
        invalidValues={invalidAtExport}
        role={review.role}
        authorName={authorName}
        criteria={criteriaList}
        report={checks.report}
        onCommentAdded={() => {
          setShowComments(true);
          setCommentsVersion((v) => v + 1);
        }}
        onRestored={refreshStats}
        onNotice={setNotice}
        onError={setError}
        onJump={jumpTo}
      />
    </div>
  );
}
