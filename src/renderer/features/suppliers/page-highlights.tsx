import { useEffect, useRef } from 'react';

import type { PageRect } from '#shared/suppliers/reading/candidate';

/** Where a proposal's words are on a page, to draw over it. */
export interface PageHighlight {
  readonly key: string;
  readonly page: number;
  readonly rects: readonly PageRect[];
  /** The one the person is looking at: drawn stronger and scrolled into view. */
  readonly active: boolean;
  readonly label: string;
}

const pad = 0.004;

/**
 * Marks drawn over one page, positioned as shares of its width and height, so they sit on the
 * words whatever size the page is shown at. Decorative for screen readers: the proposals list
 * says the same text in words.
 */
export function HighlightLayer({ highlights }: { highlights: readonly PageHighlight[] }) {
  const active = useRef<HTMLSpanElement>(null);
  const activeKey = highlights.find((h) => h.active)?.key;
  useEffect(() => {
    active.current?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'smooth' });
  }, [activeKey]);
  return (
    <div className="highlight-layer" aria-hidden="true">
      {highlights.flatMap((highlight) =>
        highlight.rects.map((rect, i) => (
          <span
            key={`${highlight.key}-${i}`}
            ref={highlight.active && i === 0 ? active : undefined}
            className={`highlight ${highlight.active ? 'is-active' : ''}`}
            data-highlight={highlight.key}
            title={highlight.label}
            style={{
              left: `${(rect.x - pad) * 100}%`,
              top: `${(rect.y - pad) * 100}%`,
              width: `${(rect.w + 2 * pad) * 100}%`,
              height: `${(rect.h + 2 * pad) * 100}%`,
            }}
          />
        )),
      )}
    </div>
  );
}
