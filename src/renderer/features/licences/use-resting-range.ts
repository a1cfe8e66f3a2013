import { useEffect, useState } from 'react';

export interface RowRange {
  readonly start: number;
  readonly end: number;
}

/** How long the list must rest after a jump before the rows it jumped to are read. */
export const restMs = 80;

/** The new range is within one screen of the old one: a wheel, arrow key or Page Down, not a drag. */
export const isNear = (from: RowRange, to: RowRange): boolean => {
  const screen = Math.max(1, from.end - from.start + 1);
  return to.end >= from.start - screen && to.start <= from.end + screen;
};

/**
 * The rows to read from the core: the rows in view, except while the list is dragged through
 * faster than a screen a frame — then the range where it comes to rest, `restMs` after it stops
 * moving. Reading every page a fast drag passes (a page a frame over 100,000 licences) only fills
 * frames with requests and rows no one can read; pages already read still show as it passes.
 */
export function useRestingRange(inView: RowRange): RowRange {
  const [resting, setResting] = useState(inView);
  const { start, end } = inView;
  const near = isNear(resting, inView);
  // A small move is followed at once: state adjusted while rendering, as React advises for state
  // that follows a prop (no effect, no extra render of the rows).
  if (near && (resting.start !== start || resting.end !== end)) setResting({ start, end });
  useEffect(() => {
    if (near) return;
    const timer = setTimeout(() => setResting({ start, end }), restMs);
    return () => clearTimeout(timer);
  }, [near, start, end]);
  return near ? inView : resting;
}
