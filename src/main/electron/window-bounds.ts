import { z } from 'zod';

/*
 * Where the main window reopens: its last size, position and maximised state, moved back onto a
 * screen that is still there. Pure (no Electron), so the clamping is tested with made-up displays.
 */

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
  fullScreen: z.boolean().default(false),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const defaultWindowSize = { width: 1280, height: 860 } as const;
export const minimumWindowSize = { width: 900, height: 600 } as const;

/** How much of the title bar must be on a screen for the window to count as reachable. */
const grabbable = { width: 120, height: 40 };

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

function centredOn(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return {
    x: area.x + Math.round((area.width - w) / 2),
    y: area.y + Math.round((area.height - h) / 2),
    width: w,
    height: h,
  };
}

/**
 * The bounds to open with. No saved state: the default size, centred on the primary screen. A
 * saved window is put on the screen it overlaps most, shrunk to fit that screen's work area and
 * moved inside it; when its screen is gone (a monitor unplugged), it goes to the primary screen
 * at its saved size. Never a window whose title bar is out of reach.
 */
export function restoreBounds(saved: WindowState | null, workAreas: readonly Rect[], primary: Rect): Rect {
  if (!saved) return centredOn(primary, defaultWindowSize.width, defaultWindowSize.height);
  const best = workAreas.map((area) => ({ area, shared: overlap(saved, area) })).sort((a, b) => b.shared - a.shared)[0];
  const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: grabbable.height };
  const reachable = workAreas.some((area) => overlap(titleBar, area) >= grabbable.width * grabbable.height);
  if (!best || best.shared === 0 || !reachable) return centredOn(primary, saved.width, saved.height);
  const area = best.area;
  const width = Math.max(Math.min(saved.width, area.width), Math.min(minimumWindowSize.width, area.width));
  const height = Math.max(Math.min(saved.height, area.height), Math.min(minimumWindowSize.height, area.height));
  const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}
