import { useEffect, useRef, useState, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { spelling } from './spell-service';
import type { SpellRange } from './spell-protocol';

const PAUSE_MS = 300;

/** The misspelt ranges of a field's value, checked once typing pauses and again when the dictionary changes. */
function useMisspellings(value: string): SpellRange[] {
  const [found, setFound] = useState<{ value: string; ranges: SpellRange[] }>({ value: '', ranges: [] });
  const [generation, setGeneration] = useState(0);
  useEffect(() => spelling.onChange(() => setGeneration((g) => g + 1)), []);
  useEffect(() => {
    if (!value.trim()) return;
    let current = true;
    const timer = setTimeout(() => spelling.check([value]).then(([ranges]) => current && setFound({ value, ranges })), PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [value, generation]);
  // Ranges found for another value would underline the wrong letters: none until the new answer.
  return found.value === value ? found.ranges : [];
}

type FieldProps =
  | ({ multiline: true; value: string; onValue(value: string): void } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'>)
  | ({ multiline?: false; value: string; onValue(value: string): void } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>);

/**
 * A block's text field with the editor's spelling: a mirror behind the transparent field draws the
 * wavy underlines, and a right click on one opens the same menu as in the text.
 */
export function SpelledField(props: FieldProps) {
  const { multiline, value, onValue, ...rest } = props;
  const ranges = useMisspellings(value);
  const mirror = useRef<HTMLSpanElement>(null);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  const follow = () => {
    if (mirror.current && field.current) {
      mirror.current.scrollTop = field.current.scrollTop;
      mirror.current.scrollLeft = field.current.scrollLeft;
    }
  };
  useEffect(follow, [value, ranges]);

  const onContextMenu = (event: React.MouseEvent) => {
    const marks = [...(mirror.current?.querySelectorAll<HTMLElement>('mark') ?? [])];
    const hit = marks.findIndex((m) =>
      [...m.getClientRects()].some((r) => event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom),
    );
    if (hit < 0 || rest.readOnly || rest.disabled) return;
    event.preventDefault();
    const [from, to] = ranges[hit];
    const word = value.slice(from, to);
    const input = field.current;
    spelling.openMenu({
      word,
      x: event.clientX,
      y: event.clientY,
      replace: (by) => {
        if (value.slice(from, to) === word) onValue(value.slice(0, from) + by + value.slice(to));
        input?.focus();
      },
      returnFocus: () => input?.focus(),
    });
  };

  // What the field does, the same for one line or several.
  const own = {
    ref: field,
    value,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onValue(e.target.value),
    onScroll: follow,
    onContextMenu,
    spellCheck: false,
  };

  const pieces: React.ReactNode[] = [];
  let at = 0;
  ranges.forEach(([from, to], i) => {
    pieces.push(value.slice(at, from), <mark key={i}>{value.slice(from, to)}</mark>);
    at = to;
  });
  // A final line break needs a character after it to take its height in the mirror.
  pieces.push(value.slice(at), multiline ? '\u200b' : '');

  return (
    <span className={`spelled-field${multiline ? ' is-multiline' : ''}`}>
      <span ref={mirror} className="spell-mirror" aria-hidden="true">
        {pieces}
      </span>
      {multiline ? (
        <textarea {...(rest as TextareaHTMLAttributes<HTMLTextAreaElement>)} {...own} />
      ) : (
        <input {...(rest as InputHTMLAttributes<HTMLInputElement>)} {...own} />
      )}
    </span>
  );
}
