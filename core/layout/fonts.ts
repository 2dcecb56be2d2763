import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { AppError } from '../errors';

/** The four styles of a family, plus the fallback face for characters the family lacks. */
export type FaceStyle = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'fallback';

/** One TrueType face with cached advance widths, in font units. */
export interface FontFace {
  style: FaceStyle;
  bytes: Uint8Array;
  unitsPerEm: number;
  /** Ascender and descender (positive) from the hhea table, in ems. */
  ascent: number;
  descent: number;
  /** The font's own line height (ascent + descent + line gap), in ems: "single" spacing in Word. */
  lineHeight: number;
  /** Advance width of a code point in ems; NaN when the face has no glyph for it. */
  advance(codePoint: number): number;
}

/** The faces of one preset's family. */
export interface FontFamily {
  name: string;
  faces: Record<FaceStyle, FontFace>;
}

const FAMILY_FILES: Record<string, string> = {
  'Times New Roman': 'LiberationSerif',
  Arial: 'LiberationSans',
};

const FILE_STYLE: Record<Exclude<FaceStyle, 'fallback'>, string> = { regular: 'Regular', bold: 'Bold', italic: 'Italic', boldItalic: 'BoldItalic' };

function loadFace(path: string, style: FaceStyle): FontFace {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new AppError('internal', `${path}: ${(error as Error).message}`, 'Les polices de l’application sont introuvables : réinstallez Mémoire Studio.');
  }
  const font = fontkit.create(bytes);
  const upem = font.unitsPerEm;
  const hhea = (font as unknown as { hhea: { lineGap: number } }).hhea;
  // Widths of the Basic Multilingual Plane are cached in a flat array: measuring is most of layout time.
  const cache = new Float64Array(0x10000).fill(-1);
  const advance = (cp: number): number => {
    if (cp < 0x10000) {
      const hit = cache[cp];
      if (hit !== -1) return hit;
    }
    const glyph = font.glyphForCodePoint(cp);
    const width = glyph.id === 0 ? Number.NaN : glyph.advanceWidth / upem;
    if (cp < 0x10000) cache[cp] = width;
    return width;
  };
  const ascent = font.ascent / upem;
  const descent = Math.abs(font.descent) / upem;
  return { style, bytes, unitsPerEm: upem, ascent, descent, lineHeight: ascent + descent + (hhea?.lineGap ?? 0) / upem, advance };
}

const families = new Map<string, FontFamily>();

/**
 * The family a preset names ("Times New Roman" → Liberation Serif, "Arial" → Liberation Sans, same
 * metrics), loaded once per process from the fonts shipped with the app.
 */
export function loadFontFamily(fontsDir: string, name: string): FontFamily {
  const key = `${fontsDir}\u0000${name}`;
  const cached = families.get(key);
  if (cached) return cached;
  const base = FAMILY_FILES[name] ?? 'LiberationSerif';
  const faces = Object.fromEntries(
    (Object.keys(FILE_STYLE) as Array<keyof typeof FILE_STYLE>).map((style) => [style, loadFace(join(fontsDir, `${base}-${FILE_STYLE[style]}.ttf`), style)]),
  ) as Record<FaceStyle, FontFace>;
  faces.fallback = loadFace(join(fontsDir, 'DejaVuSans.ttf'), 'fallback');
  const family: FontFamily = { name, faces };
  families.set(key, family);
  return family;
}

/** The face for a run's bold and italic marks. */
export function styleOf(bold: boolean | undefined, italic: boolean | undefined): Exclude<FaceStyle, 'fallback'> {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}
