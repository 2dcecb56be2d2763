/**
 * The colours of the business blocks' drawings, hex without « # »: one palette for the app's views,
 * the PDF and the DOCX, so a PAC type or a SWOT quadrant has the same colour everywhere.
 */

/** Chart series, in order. */
export const CHART_COLORS = ['1F5FBF', 'E07A1F', '2E9E6A', 'B23A48', '7A5CC2', '5D6678'] as const;

/** The app's blue: titles, links, the first series. */
export const ACCENT_COLOR = CHART_COLORS[0];

/** Each PAC action type (bars of the shares, the timeline and the printed calendar). */
export const ACTION_TYPE_COLORS: Readonly<Record<string, string>> = { Détection: '3B7DD8', Conquête: 'D9822B', Fidélisation: '2E9D5B' };

/** Neutral colour for what has no colour of its own (an action without a known type). */
export const NEUTRAL_COLOR = '5D6678';

/** The SWOT's quadrants, in reading order (two by two), with the light fill of each. */
export const SWOT_QUADRANTS = [
  { key: 'forces', title: 'Forces', fill: 'E6F4EA' },
  { key: 'faiblesses', title: 'Faiblesses', fill: 'FDECEA' },
  { key: 'opportunites', title: 'Opportunités', fill: 'E8F0FE' },
  { key: 'menaces', title: 'Menaces', fill: 'FFF4E0' },
] as const;

/** The objective line of the KPI chart. */
export const TARGET_COLOR = '2E9E6A';

/** The CSS form of a palette colour. */
export const css = (hex: string) => `#${hex}`;
