import { ACCENT_COLOR } from '../schema/blocks/block-colors';
import type { Inline } from '../render/render-tree';
import { styleOf, type FaceStyle, type FontFamily } from './fonts';
import { hyphenPoints } from './hyphenate';
import type { PageItem } from './page-model';
import { TYPE_SCALE } from './layout-styles';

/** How a run of text is set. */
export interface TextStyle {
  family: FontFamily;
  size: number;
  /** Distance between baselines, in points. */
  lineHeight: number;
  align: 'left' | 'justify' | 'center' | 'right';
  bold?: boolean;
  italic?: boolean;
  color?: string;
  /** French hyphenation at line ends (body text and table cells, not headings or titles). */
  hyphenate?: boolean;
  /** Lines are counted, not set: no items (the page count and the DOCX sommaire need no drawing). */
  measureOnly?: boolean;
}

/** One line, its items relative to the line's top-left corner. */
export interface LaidLine {
  items: PageItem[];
  width: number;
  footnotes: number[];
  /** Ends with a word broken at a syllable (a hyphen added, not the word's own). */
  hyphenated?: boolean;
}

interface Piece {
  text: string;
  face: FaceStyle;
  size: number;
  rise: number;
  width: number;
  href?: string;
  underline?: boolean;
  strike?: boolean;
  color?: string;
}

interface Word {
  pieces: Piece[];
  width: number;
  /** Width of the space after the word (0 at a forced break or the end). */
  space: number;
  breakAfter: boolean;
  footnotes: number[];
}

const SPACE = 0x20;

function sameStyle(a: Piece, b: Piece): boolean {
  return (
    a.face === b.face &&
    a.size === b.size &&
    a.rise === b.rise &&
    a.href === b.href &&
    a.underline === b.underline &&
    a.strike === b.strike &&
    a.color === b.color
  );
}

/** Width of a string in one face, in points. */
export function measure(family: FontFamily, face: FaceStyle, text: string, size: number): number {
  const f = family.faces[face];
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    const a = f.advance(cp);
    w += a === a ? a : family.faces.fallback.advance(cp) || 0.5;
  }
  return w * size;
}

/** Splits runs into words of styled pieces, measuring each character once through the width cache. */
function toWords(inlines: Inline[], style: TextStyle): Word[] {
  const { family, size } = style;
  const words: Word[] = [];
  let word: Word = { pieces: [], width: 0, space: 0, breakAfter: false, footnotes: [] };
  const endWord = (space: number, breakAfter: boolean) => {
    if (word.pieces.length) {
      word.space = space;
      word.breakAfter = breakAfter;
      words.push(word);
    } else if (words.length) {
      const last = words[words.length - 1];
      if (breakAfter) last.breakAfter = true;
      else if (!last.breakAfter) last.space = Math.max(last.space, space);
    }
    word = { pieces: [], width: 0, space: 0, breakAfter: false, footnotes: [] };
  };
  for (const run of inlines) {
    const base = styleOf(style.bold || run.bold, style.italic || run.italic);
    const color = run.href ? ACCENT_COLOR : style.color;
    if (run.footnote) {
      const text = String(run.footnote);
      // In half points, as the DOCX's note-call style can say it: Word and LibreOffice then set the same width.
      const small = Math.round(size * TYPE_SCALE.noteCall.scale * 2) / 2;
      const w = measure(family, base, text, small);
      word.pieces.push({ text, face: base, size: small, rise: size * TYPE_SCALE.noteCall.rise, width: w, color });
      word.width += w;
      word.footnotes.push(run.footnote);
      continue;
    }
    const faces = family.faces;
    const primary = faces[base];
    const text = run.text;
    // The open piece is a slice [start, i) of the run in one face: no string is built per character.
    let start = -1;
    let face: FaceStyle = base;
    let width = 0;
    const close = (end: number) => {
      if (start >= 0)
        word.pieces.push({
          text: text.slice(start, end),
          face,
          size,
          rise: 0,
          width,
          href: run.href,
          underline: run.underline || !!run.href,
          strike: run.strike,
          color,
        });
      start = -1;
      width = 0;
    };
    for (let i = 0; i < text.length; i++) {
      const cp = text.charCodeAt(i);
      if (cp === SPACE || cp === 0x09 || cp === 0x0a) {
        close(i);
        endWord(cp === 0x0a ? 0 : primary.advance(SPACE) * size, cp === 0x0a);
        continue;
      }
      let f: FaceStyle = base;
      let a = primary.advance(cp);
      if (a !== a) {
        f = 'fallback';
        a = faces.fallback.advance(cp);
        if (a !== a) a = 0.5;
      }
      if (start >= 0 && f !== face) close(i);
      if (start < 0) {
        start = i;
        face = f;
      }
      const w = a * size;
      width += w;
      word.width += w;
    }
    close(text.length);
  }
  endWord(0, false);
  return words;
}

const MAX_HYPHENATED_RUN = 2;

/** Splits a one-piece word at the last hyphenation point that fits in `room`; null when none does. */
function hyphenate(word: Word, room: number, style: TextStyle): [Word, Word] | null {
  if (word.pieces.length !== 1) return null;
  const p = word.pieces[0];
  const points = hyphenPoints(p.text);
  if (!points.length) return null;
  const hyphen = measure(style.family, p.face, '-', p.size);
  for (let k = points.length - 1; k >= 0; k--) {
    const head = p.text.slice(0, points[k]);
    const w = measure(style.family, p.face, head, p.size);
    // A word's own hyphen stays where it is; a syllable break adds one.
    const own = head.endsWith('-');
    if (w + (own ? 0 : hyphen) <= room) {
      const first: Piece = { ...p, text: own ? head : `${head}-`, width: w + (own ? 0 : hyphen) };
      const rest: Piece = { ...p, text: p.text.slice(points[k]), width: p.width - w };
      return [
        { pieces: [first], width: first.width, space: 0, breakAfter: false, footnotes: [] },
        { pieces: [rest], width: rest.width, space: word.space, breakAfter: word.breakAfter, footnotes: word.footnotes },
      ];
    }
  }
  return null;
}

/** Cuts a word wider than the whole line (a long URL) at the last character that fits. */
function forceSplit(word: Word, width: number, style: TextStyle): [Word, Word] {
  const head: Piece[] = [];
  let used = 0;
  for (let pi = 0; pi < word.pieces.length; pi++) {
    const p = word.pieces[pi];
    if (used + p.width <= width) {
      head.push(p);
      used += p.width;
      continue;
    }
    let n = 0;
    let w = 0;
    while (n < p.text.length) {
      const cw = measure(style.family, p.face, p.text[n], p.size);
      if (used + w + cw > width && (n > 0 || head.length)) break;
      w += cw;
      n++;
    }
    if (n > 0) head.push({ ...p, text: p.text.slice(0, n), width: w });
    const tail = [...(n < p.text.length ? [{ ...p, text: p.text.slice(n), width: p.width - w }] : []), ...word.pieces.slice(pi + 1)];
    const sum = (ps: Piece[]) => ps.reduce((s, x) => s + x.width, 0);
    return [
      { pieces: head, width: sum(head), space: 0, breakAfter: false, footnotes: [] },
      { pieces: tail, width: sum(tail), space: word.space, breakAfter: word.breakAfter, footnotes: word.footnotes },
    ];
  }
  return [word, { pieces: [], width: 0, space: 0, breakAfter: false, footnotes: [] }];
}

/** Turns the words of one line into positioned text items, justified when asked. */
function setLine(words: Word[], width: number, style: TextStyle, justify: boolean, baseline: number): LaidLine {
  const natural = naturalWidth(words);
  const gaps = words.length - 1;
  const extra = justify && gaps > 0 ? (width - natural) / gaps : 0;
  let x = style.align === 'center' ? Math.max(0, (width - natural) / 2) : style.align === 'right' ? Math.max(0, width - natural) : 0;
  const items: PageItem[] = [];
  const decorations: PageItem[] = [];
  const footnotes: number[] = [];
  let open: { item: Extract<PageItem, { t: 'text' }>; piece: Piece } | null = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    footnotes.push(...word.footnotes);
    for (let k = 0; k < word.pieces.length; k++) {
      const p = word.pieces[k];
      // Pieces of one style separated by plain spaces share an item: fewer operators, real spaces in copied text.
      if (open && k === 0 && i > 0 && p.face !== 'fallback' && sameStyle(open.piece, p)) {
        open.item.text += ` ${p.text}`;
        open.item.width += words[i - 1].space + extra + p.width;
      } else if (open && k > 0 && sameStyle(open.piece, p)) {
        open.item.text += p.text;
        open.item.width += p.width;
      } else {
        const item: Extract<PageItem, { t: 'text' }> = {
          t: 'text',
          x,
          y: baseline - p.rise,
          face: p.face,
          size: p.size,
          text: p.text,
          width: p.width,
          spaceExtra: extra,
          color: p.color,
        };
        items.push(item);
        open = { item, piece: p };
      }
      if (p.underline) decorations.push({ t: 'rect', x, y: baseline + p.size * 0.12, w: p.width, h: Math.max(0.4, p.size * 0.05), fill: p.color ?? '000000' });
      if (p.strike) decorations.push({ t: 'rect', x, y: baseline - p.size * 0.28, w: p.width, h: Math.max(0.4, p.size * 0.05), fill: p.color ?? '000000' });
      if (p.href) decorations.push({ t: 'link', x, y: baseline - p.size, w: p.width, h: p.size * 1.25, uri: p.href });
      x += p.width;
    }
    if (i < words.length - 1) x += word.space + extra;
  }
  // Links and decorations of adjacent pieces are left separate; viewers merge them visually.
  return { items: items.concat(decorations), width: justify && gaps > 0 ? width : natural, footnotes };
}

const NO_ITEMS: PageItem[] = [];

/** A line that is only counted: its footnotes matter for the page it lands on, not its glyphs. */
function countedLine(words: Word[]): LaidLine {
  let footnotes: number[] = [];
  for (const w of words) if (w.footnotes.length) footnotes = footnotes.concat(w.footnotes);
  return { items: NO_ITEMS, width: 0, footnotes };
}

/**
 * Breaks styled text into lines no wider than `width`: first fit, French hyphenation when a word
 * does not fit, a forced cut for words longer than a line, justified lines except the last one and
 * those ending at a line break.
 */
export function layoutText(inlines: Inline[], style: TextStyle, width: number): LaidLine[] {
  if (!style.measureOnly) return breakLines(inlines, style, width);
  // Counted lines depend only on the text, its marks, the font and the width: an unchanged paragraph
  // is not measured again (the live count after a keystroke, the DOCX sommaire after that count).
  // The same runs (a paragraph the render memo kept) are found without building their text key.
  const setting = settingKey(style, width);
  const byRuns = countedByRuns.get(inlines);
  const known = byRuns?.get(setting);
  if (known) return known;
  const key = countKey(inlines, setting);
  let lines = counted.get(key);
  if (!lines) {
    if (counted.size >= MAX_COUNTED) counted.clear();
    lines = breakLines(inlines, style, width);
    counted.set(key, lines);
  }
  if (byRuns) byRuns.set(setting, lines);
  else countedByRuns.set(inlines, new Map([[setting, lines]]));
  return lines;
}

const counted = new Map<string, LaidLine[]>();
let countedByRuns = new WeakMap<Inline[], Map<string, LaidLine[]>>();
/** Paragraphs whose counted lines are kept: those of a 2-million-word mémoire (about 60 000). */
const MAX_COUNTED = 100_000;

function settingKey(style: TextStyle, width: number): string {
  return `${style.family.name}|${style.size}|${style.bold ? 1 : 0}${style.italic ? 1 : 0}${style.hyphenate ? 1 : 0}|${width.toFixed(2)}`;
}

/** Forgets the counted lines (benchmarks measure a layout from nothing). */
export function clearCountedLines(): void {
  counted.clear();
  countedByRuns = new WeakMap();
}

function countKey(inlines: Inline[], setting: string): string {
  let key = setting;
  for (const r of inlines) key += `\u0000${r.bold ? 1 : 0}${r.italic ? 1 : 0}${r.footnote ?? ''}\u0001${r.text}`;
  return key;
}

/** The words of one line as first fit set them, before they are positioned. */
interface LineWords {
  words: Word[];
  /** The paragraph's last line, or one ending at a line break: set ragged, never justified. */
  last: boolean;
  /** Ends inside a word (a syllable, or a compound at its own hyphen). */
  split: boolean;
  /** Ends at a syllable break (a hyphen added). */
  syllable: boolean;
}

/** Spaces over twice their natural width make a loose line, the grey hole a reader notices. */
const LOOSE_STRETCH = 2;

function naturalWidth(words: Word[]): number {
  let w = 0;
  for (let i = 0; i < words.length; i++) w += words[i].width + (i < words.length - 1 ? words[i].space : 0);
  return w;
}

/** How wide a justified line's spaces are, as a multiple of their natural width (1 when it has none). */
function stretch(words: Word[], width: number): number {
  let spaces = 0;
  for (let i = 0; i < words.length - 1; i++) spaces += words[i].space;
  return spaces > 0 ? (spaces + width - naturalWidth(words)) / spaces : 1;
}

/**
 * Relieves loose justified lines by trying the break before: the last word of the line above comes
 * down when that makes the worse of the two lines less loose. The number of lines never changes, so
 * the paragraph takes the same height as first fit gives it (and as Word and LibreOffice set it).
 */
function relieveLooseLines(lines: LineWords[], width: number): void {
  for (let k = 1; k < lines.length; k++) {
    const above = lines[k - 1];
    const line = lines[k];
    if (line.last || above.last || above.split || above.words.length < 2) continue;
    const loose = stretch(line.words, width);
    if (loose <= LOOSE_STRETCH) continue;
    const moved = above.words[above.words.length - 1];
    const lowered = [moved, ...line.words];
    if (naturalWidth(lowered) > width + 0.01) continue;
    if (Math.max(stretch(above.words.slice(0, -1), width), stretch(lowered, width)) >= Math.max(loose, stretch(above.words, width))) continue;
    above.words.pop();
    line.words = lowered;
  }
}

/** First-fit line breaking of one paragraph (see layoutText), loose lines relieved when it is justified. */
function breakLines(inlines: Inline[], style: TextStyle, width: number): LaidLine[] {
  const words = toWords(inlines, style);
  const fontHeight = (style.family.faces.regular.ascent + style.family.faces.regular.descent) * style.size;
  const baseline = (style.lineHeight - fontHeight) / 2 + style.family.faces.regular.ascent * style.size;
  const lines: LineWords[] = [];
  let line: Word[] = [];
  let used = 0;
  const justify = style.align === 'justify';
  // Lines ending in a hyphen one after another: never more than two in a row.
  let hyphenatedRun = 0;
  const flush = (last: boolean, split = false, syllable = false) => {
    if (line.length) lines.push({ words: line, last, split, syllable });
    hyphenatedRun = split ? hyphenatedRun + 1 : 0;
    line = [];
    used = 0;
  };
  const queue = words;
  for (let i = 0; i < queue.length; i++) {
    let word = queue[i];
    for (;;) {
      const gap = line.length ? line[line.length - 1].space : 0;
      if (used + gap + word.width <= width + 0.01) {
        line.push(word);
        used += gap + word.width;
        break;
      }
      const split = style.hyphenate && hyphenatedRun < MAX_HYPHENATED_RUN ? hyphenate(word, width - used - gap, style) : null;
      if (split) {
        line.push(split[0]);
        // The word's own hyphen leaves its first part a prefix of it; a syllable break adds a hyphen.
        flush(false, true, !word.pieces[0].text.startsWith(split[0].pieces[0].text));
        word = split[1];
        continue;
      }
      if (line.length) {
        flush(false);
        continue;
      }
      const [head, tail] = forceSplit(word, width, style);
      line.push(head);
      flush(false);
      if (!tail.pieces.length) break;
      word = tail;
    }
    if (word.breakAfter) flush(true);
  }
  flush(true);
  if (justify) relieveLooseLines(lines, width);
  return lines.map((l) => {
    const laid = style.measureOnly ? countedLine(l.words) : setLine(l.words, width, style, justify && !l.last, baseline);
    return l.syllable ? { ...laid, hyphenated: true } : laid;
  });
}
