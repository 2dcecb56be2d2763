import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { spelling, type SpellMenuRequest } from './spell-service';
import { fr } from '../i18n/fr';

interface Choice {
  label: string;
  run(): void;
  kind: 'suggestion' | 'action';
}

/**
 * The right-click menu on an underlined word: suggestions first, then « Ajouter au dictionnaire »
 * and « Ignorer ». Keyboard: arrows, Entrée, Échap (the focus goes back where it was).
 */
export function SpellMenu() {
  const [request, setRequest] = useState<SpellMenuRequest | null>(null);
  const [suggestions, setSuggestions] = useState<string[] | null>(null);
  const [active, setActive] = useState(0);
  const [error, setError] = useState('');
  const menu = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState({ left: 0, top: 0 });

  useEffect(() => spelling.onMenu(setRequest), []);
  useEffect(() => {
    if (!request) return;
    let current = true;
    setSuggestions(null);
    setActive(0);
    setError('');
    spelling.suggest(request.word).then((s) => {
      if (!current) return;
      setSuggestions(s);
      // A choice reached with the arrows before the suggestions came stays the chosen one.
      setActive((a) => (a === 0 ? 0 : a + s.length));
    });
    return () => {
      current = false;
    };
  }, [request]);
  // Kept inside the window: a word near the bottom right opens the menu up and to the left.
  useLayoutEffect(() => {
    if (!request || !menu.current) return;
    const { width, height } = menu.current.getBoundingClientRect();
    setPlace({ left: Math.max(4, Math.min(request.x, window.innerWidth - width - 4)), top: Math.max(4, Math.min(request.y, window.innerHeight - height - 4)) });
    menu.current.focus();
  }, [request, suggestions]);

  if (!request) return null;
  const close = (back = true) => {
    setRequest(null);
    if (back) request.returnFocus();
  };
  const choices: Choice[] = [
    ...(suggestions ?? []).map((s): Choice => ({ label: s, kind: 'suggestion', run: () => (close(false), request.replace(s)) })),
    {
      label: fr.spelling.addToDictionary,
      kind: 'action',
      run: () =>
        spelling.addToDictionary(request.word).then(
          () => close(),
          (e: Error) => setError(e.message),
        ),
    },
    { label: fr.spelling.ignore, kind: 'action', run: () => (spelling.ignore(request.word), close()) },
  ];
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') close();
    else if (e.key === 'ArrowDown') setActive((a) => (a + 1) % choices.length);
    else if (e.key === 'ArrowUp') setActive((a) => (a - 1 + choices.length) % choices.length);
    else if (e.key === 'Enter') choices[active]?.run();
    else return;
    e.preventDefault();
  };

  return (
    <>
      <div className="menu-backdrop" onMouseDown={() => close()} onContextMenu={(e) => (e.preventDefault(), close())} />
      <div
        ref={menu}
        className="spell-menu"
        role="menu"
        aria-label={fr.spelling.menuTitle(request.word)}
        tabIndex={-1}
        style={place}
        onKeyDown={onKeyDown}
        aria-activedescendant={`spell-choice-${active}`}
      >
        <div className="spell-menu-word">« {request.word} »</div>
        {suggestions === null && <div className="muted spell-menu-note">{fr.spelling.searching}</div>}
        {suggestions?.length === 0 && <div className="muted spell-menu-note">{fr.spelling.noSuggestion}</div>}
        {choices.map((c, i) => (
          <button
            key={c.label}
            id={`spell-choice-${i}`}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={`spell-choice is-${c.kind}${i === active ? ' is-active' : ''}`}
            onMouseEnter={() => setActive(i)}
            onClick={c.run}
          >
            {c.label}
          </button>
        ))}
        {error && (
          <div className="spell-menu-note error" role="alert">
            {error}
          </div>
        )}
      </div>
    </>
  );
}
