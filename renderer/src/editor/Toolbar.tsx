import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { fr } from '../i18n/fr';
import { BLOCK_SPECS } from '../../../core/schema/blocks';

function Button(props: { label: string; onClick: () => void; active?: boolean; disabled?: boolean; children: React.ReactNode; testId?: string }) {
  return (
    <button
      type="button"
      className={props.active ? 'tool is-active' : 'tool'}
      title={props.label}
      aria-label={props.label}
      aria-pressed={props.active}
      disabled={props.disabled}
      data-testid={props.testId}
      onMouseDown={(e) => e.preventDefault()}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

/** The formatting toolbar; its state is read with a selector so typing does not re-render it needlessly. */
export function Toolbar(props: { editor: Editor; onLink: () => void; onFootnote: () => void; onImage: () => void }) {
  const { editor } = props;
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      link: e.isActive('link'),
      table: e.isActive('table'),
      level: ([1, 2, 3] as const).find((l) => e.isActive('heading', { level: l })) ?? 0,
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  return (
    <div className="toolbar" role="toolbar" aria-label={fr.toolbar.title}>
      <Button label={fr.toolbar.undo} disabled={!s.canUndo} onClick={() => chain().undo().run()}>
        ↶
      </Button>
      <Button label={fr.toolbar.redo} disabled={!s.canRedo} onClick={() => chain().redo().run()}>
        ↷
      </Button>
      <span className="tool-sep" />
      <select
        aria-label={fr.toolbar.paragraphStyle}
        value={s.level}
        onChange={(e) => {
          const level = Number(e.target.value);
          if (level === 0) chain().setParagraph().run();
          else
            chain()
              .setHeading({ level: level as 1 | 2 | 3 })
              .run();
        }}
      >
        <option value={0}>{fr.toolbar.paragraph}</option>
        {[1, 2, 3].map((l) => (
          <option key={l} value={l}>
            {fr.toolbar.heading(l)}
          </option>
        ))}
      </select>
      <span className="tool-sep" />
      <Button label={fr.toolbar.bold} active={s.bold} onClick={() => chain().toggleBold().run()}>
        <b>G</b>
      </Button>
      <Button label={fr.toolbar.italic} active={s.italic} onClick={() => chain().toggleItalic().run()}>
        <i>I</i>
      </Button>
      <Button label={fr.toolbar.underline} active={s.underline} onClick={() => chain().toggleUnderline().run()}>
        <u>S</u>
      </Button>
      <span className="tool-sep" />
      <Button label={fr.toolbar.bulletList} active={s.bullet} onClick={() => chain().toggleBulletList().run()}>
        •≡
      </Button>
      <Button label={fr.toolbar.orderedList} active={s.ordered} onClick={() => chain().toggleOrderedList().run()}>
        1≡
      </Button>
      <Button label={fr.toolbar.quote} active={s.quote} onClick={() => chain().toggleBlockquote().run()}>
        ❝
      </Button>
      <span className="tool-sep" />
      <Button label={fr.toolbar.link} active={s.link} onClick={props.onLink}>
        {fr.toolbar.linkShort}
      </Button>
      <Button label={fr.toolbar.footnote} onClick={props.onFootnote} testId="insert-footnote">
        {fr.toolbar.footnoteShort}
      </Button>
      <Button label={fr.toolbar.image} onClick={props.onImage} testId="insert-image">
        {fr.toolbar.imageShort}
      </Button>
      <Button label={fr.toolbar.table} onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()} testId="insert-table">
        {fr.toolbar.tableShort}
      </Button>
      <select
        aria-label={fr.blocks.insert}
        data-testid="insert-block"
        value=""
        onChange={(e) => {
          if (e.target.value) chain().insertBlock(e.target.value).run();
        }}
      >
        <option value="">{fr.blocks.insert}</option>
        <optgroup label={fr.blocks.memoire}>
          {BLOCK_SPECS.filter((b) => !b.practice).map((b) => (
            <option key={b.name} value={b.name}>
              {b.title}
            </option>
          ))}
        </optgroup>
        <optgroup label={fr.blocks.practice}>
          {BLOCK_SPECS.filter((b) => b.practice).map((b) => (
            <option key={b.name} value={b.name}>
              {b.title}
            </option>
          ))}
        </optgroup>
      </select>
      {s.table && (
        <>
          <Button label={fr.toolbar.addRow} onClick={() => chain().addRowAfter().run()}>
            +ligne
          </Button>
          <Button label={fr.toolbar.addColumn} onClick={() => chain().addColumnAfter().run()}>
            +col.
          </Button>
          <Button label={fr.toolbar.deleteRow} onClick={() => chain().deleteRow().run()}>
            −ligne
          </Button>
          <Button label={fr.toolbar.deleteColumn} onClick={() => chain().deleteColumn().run()}>
            −col.
          </Button>
          <Button label={fr.toolbar.deleteTable} onClick={() => chain().deleteTable().run()}>
            {fr.toolbar.deleteTableShort}
          </Button>
        </>
      )}
    </div>
  );
}
