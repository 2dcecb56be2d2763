import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import type { ApiClient } from '../api/client';
import type { OpenedMemoire } from '../../../core/api';
import type { PmNode, LengthTarget, MemoireMeta } from '../../../core/model';
import type { InvalidValue } from '../../../core/schema/blocks';
import type { SlidePlan } from '../../../core/soutenance';
import type { CheckReport } from '../../../core/checks';
import type { useAutosave } from './use-autosave';
import type { Role } from '../checklist/TutorVerdict';
import { jumpToTopLevel } from './jump';
import { LinkDialog, FootnoteDialog } from './InlineDialogs';
import { ExportDialog } from '../export/ExportDialog';
import { CommentDialog } from '../comments/CommentDialog';
import { COMMENT_ROW_EVENT, type CommentRowRequest } from '../comments/comment-row';
import { JuryQuestionsDialog } from '../soutenance/JuryQuestionsDialog';
import { SoutenanceDialog } from '../soutenance/SoutenanceDialog';
import { RehearsalView } from '../soutenance/RehearsalView';
import { HistoryPanel } from '../history/HistoryPanel';
import { CoverDialog } from '../cover/CoverDialog';
import { fr } from '../i18n/fr';

/** The dialog open over the editor, if any. */
export type Panel = 'history' | 'cover' | 'link' | 'footnote' | 'export' | 'comment' | 'questions' | 'soutenance' | 'rehearsal' | null;

/** The footnote under the cursor, to edit it in its dialog. */
function selectedFootnote(editor: Editor): string | null {
  const selection = editor.state.selection;
  return selection instanceof NodeSelection && selection.node.type.name === 'footnote' ? String(selection.node.attrs.text) : null;
}

/**
 * Every dialog of the writing screen, one at a time: history, cover, export, comment (on the text
 * or on a block's row), soutenance and its rehearsal, jury questions, link and footnote.
 */
export function EditorDialogs(props: {
  panel: Panel;
  onPanel: (panel: Panel) => void;
  editor: Editor;
  api: ApiClient;
  opened: OpenedMemoire;
  meta: MemoireMeta;
  length: LengthTarget;
  onCover: (meta: MemoireMeta, length: LengthTarget) => void;
  autosave: ReturnType<typeof useAutosave>;
  presetId: string;
  onPresetUsed: (id: string) => void;
  invalidValues: InvalidValue[];
  role: Role;
  authorName: string;
  criteria: Array<{ id: string; label: string }>;
  report: CheckReport | null;
  onCommentAdded: () => void;
  onRestored: () => void;
  onNotice: (text: string) => void;
  onError: (message: string | null) => void;
  onJump: (index: number) => void;
}) {
  const { panel, onPanel, editor, api, opened, autosave } = props;
  const handle = opened.handle;
  const close = () => onPanel(null);
  const [commentRow, setCommentRow] = useState<CommentRowRequest | null>(null);
  const [rehearsed, setRehearsed] = useState<SlidePlan | null>(null);
  // « Commenter cette ligne » in a block asks for the comment dialog on that row.
  useEffect(() => {
    const dom = editor.view.dom;
    const onCommentRow = (e: Event) => {
      setCommentRow((e as CustomEvent<CommentRowRequest>).detail);
      onPanel('comment');
    };
    dom.addEventListener(COMMENT_ROW_EVENT, onCommentRow);
    return () => dom.removeEventListener(COMMENT_ROW_EVENT, onCommentRow);
  }, [editor, onPanel]);

  switch (panel) {
    case 'history':
      return (
        <HistoryPanel
          api={api}
          currentDoc={() => editor.getJSON() as PmNode}
          handle={handle}
          onClose={close}
          beforeRestore={autosave.flush}
          onRestored={(doc: PmNode, updatedAt) => {
            editor.commands.setContent(doc, { emitUpdate: false });
            props.onRestored();
            autosave.markSaved(Date.parse(updatedAt));
          }}
        />
      );
    case 'cover':
      return <CoverDialog api={api} handle={handle} meta={props.meta} length={props.length} onClose={close} onSaved={props.onCover} />;
    case 'export':
      return (
        <ExportDialog
          api={api}
          handle={handle}
          meta={props.meta}
          template={opened.template}
          length={props.length}
          presetId={props.presetId}
          onPresetUsed={props.onPresetUsed}
          beforeExport={autosave.flush}
          invalidValues={props.invalidValues}
          onFix={(index) => {
            close();
            jumpToTopLevel(editor, index);
          }}
          onClose={close}
        />
      );
    case 'comment':
      return (
        <CommentDialog
          api={api}
          handle={handle}
          editor={editor}
          role={props.role}
          authorName={props.authorName}
          criteria={props.criteria}
          row={commentRow}
          onClose={() => {
            setCommentRow(null);
            close();
          }}
          onAdded={() => {
            setCommentRow(null);
            close();
            props.onCommentAdded();
          }}
        />
      );
    case 'soutenance':
      return (
        <SoutenanceDialog
          api={api}
          handle={handle}
          title={props.meta.title}
          accent={props.meta.accentColor}
          beforeExport={autosave.flush}
          onClose={close}
          onExported={(path) => {
            props.onError(null);
            props.onNotice(fr.soutenance.done(path));
          }}
          onRehearse={(plan) => {
            setRehearsed(plan);
            onPanel('rehearsal');
          }}
        />
      );
    case 'rehearsal':
      return rehearsed ? (
        <RehearsalView
          api={api}
          handle={handle}
          slides={rehearsed.slides.filter((s) => !s.hidden)}
          targetSeconds={rehearsed.targetSeconds}
          onClose={() => onPanel('soutenance')}
        />
      ) : null;
    case 'questions':
      return <JuryQuestionsDialog report={props.report} onJump={props.onJump} onClose={close} />;
    case 'link':
      return <LinkDialog editor={editor} onClose={close} />;
    case 'footnote':
      return <FootnoteDialog editor={editor} initial={selectedFootnote(editor)} onClose={close} />;
    default:
      return null;
  }
}
