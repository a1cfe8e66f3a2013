/*
 * What a scanned page needs before OCR reads it well: grey levels, straightened (a page fed by
 * hand lies a degree or two off), and without the ruled lines of its tables (tesseract takes a
 * cell's borders for part of its letters and drops whole rows of a bordered table).
 */

export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

export function toGray(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GrayImage {
  const pixels = new Uint8Array(width * height);
  for (let i = 0, j = 0; j < pixels.length; i += 4, j += 1) {
    // Transparent pixels are paper.
    const alpha = rgba[i + 3]!;
    const luma = (rgba[i]! * 77 + rgba[i + 1]! * 150 + rgba[i + 2]! * 29) >> 8;
    pixels[j] = (luma * alpha + 255 * (255 - alpha)) / 255;
  }
  return { width, height, pixels };
}

const dark = 140;

/**
 * The page's skew in degrees (positive: lines fall to the right), from the projection profile:
 * at the right angle the rows of text make the sharpest histogram of dark pixels.
 */
export function estimateSkew(image: GrayImage, maxDegrees = 4): number {
  const { width, height, pixels } = image;
  const xs: number[] = [];
  const ys: number[] = [];
  const step = Math.max(1, Math.round(Math.sqrt((width * height) / 2_000_000)));
  for (let y = 0; y < height; y += step)
    for (let x = 0; x < width; x += step)
      if (pixels[y * width + x]! < dark) {
        xs.push(x);
        ys.push(y);
      }
  if (xs.length < 200) return 0;
  const score = (degrees: number) => {
    const slope = Math.tan((degrees * Math.PI) / 180);
    const offset = Math.ceil(Math.abs(slope) * width) + 1;
    const rows = new Float64Array(Math.ceil((height + 2 * offset) / step) + 1);
    for (let i = 0; i < xs.length; i += 1) rows[Math.round((ys[i]! - xs[i]! * slope + offset) / step)]! += 1;
    let sum = 0;
    for (const count of rows) sum += count * count;
    return sum;
  };
  const search = (from: number, to: number, by: number, best: number) => {
    let bestScore = score(best);
    for (let a = from; a <= to + 1e-9; a += by) {
      const s = score(a);
      if (s > bestScore) {
        bestScore = s;
        best = a;
      }
    }
    return best;
  };
  const coarse = search(-maxDegrees, maxDegrees, 0.25, 0);
  return Math.round(search(coarse - 0.25, coarse + 0.25, 0.05, coarse) * 100) / 100;
}

/**
 * Whitens table borders and underlines: long runs of ink that are thin across (a rule is a few
 * pixels thick; a letter's stem is as tall as the letter). Runs are followed along a band three
 * pixels wide and bridge short gaps, because a thin rule in a black-and-white scan, or one
 * turned a little, is a dotted line; letters are never touched, since their strokes are thick
 * across or short along.
 */
export function removeRules(image: GrayImage, dpi: number): void {
  const { width, height, pixels } = image;
  const ink = 190;
  const thick = Math.max(3, Math.round(dpi / 55));
  const bridge = Math.max(2, Math.round(dpi / 50));
  const isInk = (i: number) => pixels[i]! < ink;
  // Thin across: how many ink pixels a run perpendicular to the rule has, at each pixel.
  const thinAcross = (count: number, length: number, at: (i: number, k: number) => number) => {
    const thin = new Uint8Array(width * height);
    for (let i = 0; i < count; i += 1) {
      let run = 0;
      for (let k = 0; k <= length; k += 1) {
        if (k < length && isInk(at(i, k))) run += 1;
        else {
          if (run > 0 && run <= thick) for (let m = k - run; m < k; m += 1) thin[at(i, m)] = 1;
          run = 0;
        }
      }
    }
    return thin;
  };
  const mask = new Uint8Array(width * height);
  const follow = (
    thin: Uint8Array,
    count: number,
    length: number,
    at: (i: number, k: number) => number,
    min: number,
  ) => {
    const hit = (i: number, k: number) =>
      thin[at(i, k)] === 1 || (i > 0 && thin[at(i - 1, k)] === 1) || (i + 1 < count && thin[at(i + 1, k)] === 1);
    for (let i = 0; i < count; i += 1) {
      let start = -1;
      let last = -1;
      let inked = 0;
      for (let k = 0; k <= length; k += 1) {
        if (k < length && hit(i, k)) {
          if (start < 0) {
            start = k;
            inked = 0;
          }
          last = k;
          inked += 1;
        } else if (start >= 0 && k - last > bridge) {
          const span = last - start + 1;
          if (span >= min && inked >= 0.7 * span)
            for (let m = start; m <= last; m += 1)
              for (let j = Math.max(0, i - 2); j <= Math.min(count - 1, i + 2); j += 1)
                if (pixels[at(j, m)]! < 235 && (thin[at(j, m)] === 1 || pixels[at(j, m)]! >= ink)) mask[at(j, m)] = 1;
          start = -1;
        }
      }
    }
  };
  // Horizontal rules: thin down each column, long along each row.
  follow(
    thinAcross(width, height, (x, y) => y * width + x),
    height,
    width,
    (y, x) => y * width + x,
    Math.round(dpi * 0.25),
  );
  // Vertical rules: thin along each row, long down each column.
  follow(
    thinAcross(height, width, (y, x) => y * width + x),
    width,
    height,
    (x, y) => y * width + x,
    Math.round(dpi * 0.33),
  );
  for (let i = 0; i < mask.length; i += 1) if (mask[i]) pixels[i] = 255;
}

/** A binary PGM (P5): the simplest image tesseract reads, no encoder needed. */
export function pgm(image: GrayImage): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'latin1'), image.pixels]);
}
