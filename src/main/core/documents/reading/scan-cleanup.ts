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
 * Whitens long thin runs of dark pixels: table borders and underlines, never letters (a run
 * must be longer than a quarter inch across, or a third of an inch down).
 */
export function removeRules(image: GrayImage, dpi: number): void {
  const { width, height, pixels } = image;
  const mask = new Uint8Array(width * height);
  const across = Math.round(dpi * 0.25);
  const down = Math.round(dpi * 0.33);
  // A rule drawn grey or turned a little breaks into dashes: runs bridge gaps of a pixel or two.
  const ink = 190;
  const bridge = 2;
  const scan = (count: number, length: number, at: (i: number, k: number) => number, min: number) => {
    for (let i = 0; i < count; i += 1) {
      let start = -1;
      let lastInk = -bridge - 2;
      for (let k = 0; k <= length; k += 1) {
        const isInk = k < length && pixels[at(i, k)]! < ink;
        if (isInk) {
          if (start < 0 || k - lastInk > bridge + 1) start = k;
          lastInk = k;
        } else if (start >= 0 && k - lastInk > bridge) {
          if (lastInk - start + 1 >= min) for (let m = start; m <= lastInk; m += 1) mask[at(i, m)] = 1;
          start = -1;
        }
      }
    }
  };
  scan(height, width, (y, x) => y * width + x, across);
  scan(width, height, (x, y) => y * width + x, down);
  // The soft edge of a rule (anti-aliasing, a thick pen): the pixel on each side goes too, if not dark.
  for (let y = 1; y < height - 1; y += 1)
    for (let x = 1; x < width - 1; x += 1) {
      const i = y * width + x;
      if (mask[i] === 1) {
        for (const j of [i - 1, i + 1, i - width, i + width]) if (!mask[j] && pixels[j]! >= dark) mask[j] = 2;
      }
    }
  for (let i = 0; i < mask.length; i += 1) if (mask[i]) pixels[i] = 255;
}

/** A binary PGM (P5): the simplest image tesseract reads, no encoder needed. */
export function pgm(image: GrayImage): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'latin1'), image.pixels]);
}
