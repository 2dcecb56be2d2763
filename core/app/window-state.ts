import { z } from 'zod';

/** A window's last position and size, kept between launches. */
export const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

/** A display's usable area. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW: WindowState = { width: 1280, height: 860, maximized: false };
const MIN_WIDTH = 900;
const MIN_HEIGHT = 600;
/** How much of the title bar must be on a screen for the window to be grabbable. */
const VISIBLE_MARGIN = 80;

/**
 * Makes a saved window state safe to restore: at least the minimum size, no larger than a screen,
 * and on a screen that still exists (a laptop undocked from its second monitor).
 */
export function fitWindowState(saved: WindowState | null, displays: Rect[]): WindowState {
  if (!saved || displays.length === 0) return DEFAULT_WINDOW;
  const largest = displays.reduce((a, b) => (a.width * a.height >= b.width * b.height ? a : b));
  const width = Math.min(Math.max(saved.width, MIN_WIDTH), largest.width);
  const height = Math.min(Math.max(saved.height, MIN_HEIGHT), largest.height);
  if (saved.x === undefined || saved.y === undefined) return { width, height, maximized: saved.maximized };
  const { x, y } = saved;
  const onScreen = displays.some(
    (d) => x + width - VISIBLE_MARGIN >= d.x && x + VISIBLE_MARGIN <= d.x + d.width && y >= d.y && y + VISIBLE_MARGIN <= d.y + d.height,
  );
  return onScreen ? { x, y, width, height, maximized: saved.maximized } : { width, height, maximized: saved.maximized };
}

/** The .memoire path among command-line arguments (a double-clicked file), if any. */
export function memoireFileFromArgv(argv: readonly string[]): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i];
    if (!arg.startsWith('-') && arg.toLowerCase().endsWith('.memoire')) return arg;
  }
  return null;
}
