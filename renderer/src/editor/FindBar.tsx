import { useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { findPattern } from '../../../core/document';
import { findInDocument, replaceMatches, showMatches, type FoundMatch } from './find-replace';
import { fr } from '../i18n/fr';

/** Quiet time after a change before the occurrences are searched again. */
const RESEARCH_DELAY_MS = 250;

/**
 * Find (Ctrl+F) and replace (Ctrl+H) across the text and the business blocks, with whole-word and
 * case options, as in Word. Entrée goes to the next occurrence, Maj+Entrée to the previous one,
 * Échap closes; « Tout remplacer » is one step for Ctrl+Z.
 */
export function FindBar(props: { editor: Editor; replace: boolean; focusKey: number; onClose: () => void }) {
  const { editor } = props;
  const t = fr.find;
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [wholeWord, setWholeWord] = useState(false);
  const [matchCase, setMatchCase] = useState(false);
  const [showReplace, setShowReplace] = useState(props.replace);
  const [current, setCurrent] = useState(0);
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => setShowReplace((v) => v || props.replace), [props.replace]);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [props.focusKey]);
  useEffect(() => {
    // Searched again once typing pauses, not on every keystroke: a long mémoire stays quick to type in.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setVersion((v) => v + 1), RESEARCH_DELAY_MS);
    };
    editor.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      editor.off('update', onUpdate);
      if (!editor.isDestroyed) showMatches(editor, [], -1);
    };
  }, [editor]);

  const pattern = useMemo(() => findPattern(query, { wholeWord, matchCase }), [query, wholeWord, matchCase]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const matches = useMemo<FoundMatch[]>(() => (pattern ? findInDocument(editor.state.doc, pattern) : []), [pattern, editor, version]);
  const index = matches.length ? Math.min(current, matches.length - 1) : -1;
  useEffect(() => showMatches(editor, matches, index), [editor, matches, index]);

  const go = (step: number) => matches.length && setCurrent((index + step + matches.length) % matches.length);
  const replaceOne = () => {
    if (!pattern || index < 0) return;
    replaceMatches(editor, [matches[index]], pattern, replacement);
  };
  const replaceAll = () => {
    if (!pattern) return;
    const n = replaceMatches(editor, matches, pattern, replacement);
    setNotice(t.replaced(n));
  };

  return (
    <div className="find-bar" role="search" aria-label={t.title} data-testid="find-bar">
      <input
        ref={input}
        value={query}
        placeholder={t.search}
        aria-label={t.search}
        onChange={(e) => {
          setQuery(e.target.value);
          setCurrent(0);
          setNotice(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') go(e.shiftKey ? -1 : 1);
          else if (e.key === 'Escape') props.onClose();
          else return;
          e.preventDefault();
        }}
      />
      <span className="find-count" data-testid="find-count" role="status">
        {query ? (matches.length ? t.count(index + 1, matches.length) : t.none) : ''}
      </span>
      <button type="button" onClick={() => go(-1)} disabled={!matches.length} aria-label={t.previous} title={t.previous}>
        ↑
      </button>
      <button type="button" onClick={() => go(1)} disabled={!matches.length} aria-label={t.next} title={t.next}>
        ↓
      </button>
      <label>
        <input type="checkbox" checked={wholeWord} onChange={(e) => setWholeWord(e.target.checked)} /> {t.wholeWord}
      </label>
      <label>
        <input type="checkbox" checked={matchCase} onChange={(e) => setMatchCase(e.target.checked)} /> {t.matchCase}
      </label>
      {showReplace ? (
        <>
          <input
            value={replacement}
            placeholder={t.replaceWith}
            aria-label={t.replaceWith}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                props.onClose();
              }
            }}
          />
          <button type="button" onClick={replaceOne} disabled={index < 0}>
            {t.replace}
          </button>
          <button type="button" onClick={replaceAll} disabled={!matches.length}>
            {t.replaceAll}
          </button>
        </>
      ) : (
        <button type="button" className="link-button" onClick={() => setShowReplace(true)}>
          {t.showReplace}
        </button>
      )}
      {notice && <span className="muted">{notice}</span>}
      <button type="button" className="icon-button" onClick={props.onClose} aria-label={t.close}>
        ×
      </button>
    </div>
  );
}
