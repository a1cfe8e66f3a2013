import { describe, expect, it } from 'vitest';

import { restoreBounds, type WindowState } from './window-bounds';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const external = { x: 1440, y: -200, width: 2560, height: 1400 };
const saved = (over: Partial<WindowState>): WindowState => ({
  x: 100,
  y: 60,
  width: 1200,
  height: 800,
  maximized: false,
  fullScreen: false,
  ...over,
});

describe('where the window reopens', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(restoreBounds(null, [laptop], laptop)).toEqual({ x: 80, y: 8, width: 1280, height: 860 });
  });

  it('reopens exactly where it was when that place is still on a screen', () => {
    expect(restoreBounds(saved({}), [laptop, external], laptop)).toEqual({ x: 100, y: 60, width: 1200, height: 800 });
    const onExternal = saved({ x: 2000, y: 0, width: 1600, height: 1000 });
    expect(restoreBounds(onExternal, [laptop, external], laptop)).toEqual({ x: 2000, y: 0, width: 1600, height: 1000 });
  });

  it('comes back to the laptop screen, at its saved size, when the external monitor is gone', () => {
    const onExternal = saved({ x: 2000, y: 0, width: 1300, height: 800 });
    expect(restoreBounds(onExternal, [laptop], laptop)).toEqual({ x: 70, y: 38, width: 1300, height: 800 });
  });

  it('shrinks a window larger than its screen and pulls a half-hidden one back inside', () => {
    const huge = saved({ x: 1500, y: -100, width: 3000, height: 2000 });
    expect(restoreBounds(huge, [laptop, external], laptop)).toEqual({ x: 1440, y: -200, width: 2560, height: 1400 });
    const hangingOff = saved({ x: 1000, y: 500, width: 1200, height: 800 });
    expect(restoreBounds(hangingOff, [laptop], laptop)).toEqual({ x: 240, y: 75, width: 1200, height: 800 });
  });

  it('never leaves the title bar out of reach (a window saved above every screen)', () => {
    const above = saved({ x: 100, y: -790, width: 1200, height: 800 });
    const restored = restoreBounds(above, [laptop], laptop);
    expect(restored.y).toBeGreaterThanOrEqual(0);
  });
});
