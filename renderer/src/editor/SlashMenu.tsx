import { useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { BLOCK_SPECS, normalizeText } from '../../../core/schema/blocks';
import { fr } from '../i18n/fr';

interface Item {
  id: string;
  label: string;
  hint: string;
  run: (editor: Editor) => void;
}

/** What "/" offers: every business block, then headings, table and list. */
export function slashItems(): Item[] {
  return [
    ...BLOCK_SPECS.map((s) => ({
      id: s.name,
      label: s.title,
      hint: s.practice ? fr.blocks.practice : s.criteria.join(' '),
      run: (e: Editor) => e.chain().focus().insertBlock(s.name).run(),
    })),
    ...([1, 2, 3] as const).map((level) => ({
      id: `h${level}`,
      label: fr.slash.heading(level),
      hint: '',
      run: (e: Editor) => e.chain().focus().setHeading({ level }).run(),
    })),
    { id: 'table', label: fr.slash.table, hint: '', run: (e: Editor) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
    { id: 'list', label: fr.slash.bulletList, hint: '', run: (e: Editor) => e.chain().focus().toggleBulletList().run() },
  ];
}

/** The "/" palette, opened at the cursor in an empty paragraph; Échap closes it and changes nothing. */
export function SlashMenu(props: { editor: Editor; at: { left: number; top: number }; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const items = useMemo(() => {
    const q = normalizeText(query.trim());
    return slashItems().filter((i) => !q || normalizeText(`${i.label} ${i.hint}`).includes(q));
  }, [query]);
  useEffect(() => input.current?.focus(), []);
  const choose = (item: Item | undefined) => {
    props.onClose();
    if (item) item.run(props.editor);
  };
  return (
    <div className="slash-menu" style={{ left: props.at.left, top: props.at.top }} role="dialog" aria-label={fr.slash.title}>
      <input
        ref={input}
        value={query}
        placeholder={fr.slash.search}
        aria-label={fr.slash.search}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, items.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') choose(items[active]);
          else if (e.key === 'Escape') {
            // Cancel: the text stays as it was before "/", the cursor back where it was.
            props.onClose();
            props.editor.commands.focus();
          } else return;
          e.preventDefault();
        }}
      />
      <ul role="listbox">
        {items.length === 0 && <li className="muted">{fr.slash.empty}</li>}
        {items.map((item, i) => (
          <li
            key={item.id}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'is-active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(item)}
          >
            <span>{item.label}</span>
            <small className="muted">{item.hint}</small>
          </li>
        ))}
      </ul>
    </div>
  );
}
