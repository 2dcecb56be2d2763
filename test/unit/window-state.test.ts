import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW, fitWindowState, memoireFileFromArgv } from '../../core/app/window-state';
import { safeFileName } from '../../core/app/file-names';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const external = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('window state', () => {
  it('restores a window that is still on a screen', () => {
    expect(fitWindowState({ x: 1600, y: 100, width: 1400, height: 1000, maximized: false }, [laptop, external])).toEqual({
      x: 1600,
      y: 100,
      width: 1400,
      height: 1000,
      maximized: false,
    });
  });
  it('recentres a window whose screen was unplugged, and shrinks it to fit', () => {
    expect(fitWindowState({ x: 1600, y: 100, width: 2400, height: 1300, maximized: true }, [laptop])).toEqual({ width: 1440, height: 900, maximized: true });
  });
  it('enforces the minimum size and falls back to the default without a saved state', () => {
    expect(fitWindowState({ x: 10, y: 10, width: 200, height: 100, maximized: false }, [laptop])).toMatchObject({ width: 900, height: 600 });
    expect(fitWindowState(null, [laptop])).toEqual(DEFAULT_WINDOW);
  });
  it('finds the .memoire file a second launch was given', () => {
    expect(memoireFileFromArgv(['/opt/app/memoire-studio', '--no-sandbox', '/home/c/Mon mémoire.memoire'])).toBe('/home/c/Mon mémoire.memoire');
    expect(memoireFileFromArgv(['/opt/app/memoire-studio', '.'])).toBeNull();
  });
  it('makes safe file names from titles', () => {
    expect(safeFileName('PAC 2026 : PME / ETI ?')).toBe('PAC 2026 PME ETI');
    expect(safeFileName('...')).toBe('Mémoire');
    expect(safeFileName('a'.repeat(300))).toHaveLength(120);
  });
});
