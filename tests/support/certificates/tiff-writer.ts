/**
 * A bilevel (1 bit per pixel) TIFF with PackBits compression, as office scanners write a
 * black-and-white page. `dark[i]` is true for a black pixel. Written by hand so the test set
 * needs no image library beyond the canvas that draws the pages.
 */
export function bilevelTiff(width: number, height: number, dark: Uint8Array, dpi: number): Buffer {
  const rowBytes = Math.ceil(width / 8);
  const rows: Buffer[] = [];
  const row = Buffer.alloc(rowBytes);
  for (let y = 0; y < height; y += 1) {
    row.fill(0);
    for (let x = 0; x < width; x += 1) if (dark[y * width + x]) row[x >> 3]! |= 0x80 >> (x & 7);
    rows.push(packBits(row));
  }
  const data = Buffer.concat(rows);
  const entries: [tag: number, type: number, count: number, value: number][] = [];
  const dataOffset = 8;
  const resolutionOffset = dataOffset + data.length + (data.length % 2);
  const ifdOffset = resolutionOffset + 16;
  entries.push([256, 4, 1, width]);
  entries.push([257, 4, 1, height]);
  entries.push([258, 3, 1, 1]);
  entries.push([259, 3, 1, 32773]);
  entries.push([262, 3, 1, 0]);
  entries.push([273, 4, 1, dataOffset]);
  entries.push([277, 3, 1, 1]);
  entries.push([278, 4, 1, height]);
  entries.push([279, 4, 1, data.length]);
  entries.push([282, 5, 1, resolutionOffset]);
  entries.push([283, 5, 1, resolutionOffset + 8]);
  entries.push([296, 3, 1, 2]);
  const header = Buffer.alloc(8);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  header.writeUInt32LE(ifdOffset, 4);
  const resolution = Buffer.alloc(16);
  resolution.writeUInt32LE(dpi, 0);
  resolution.writeUInt32LE(1, 4);
  resolution.writeUInt32LE(dpi, 8);
  resolution.writeUInt32LE(1, 12);
  const ifd = Buffer.alloc(2 + entries.length * 12 + 4);
  ifd.writeUInt16LE(entries.length, 0);
  entries.forEach(([tag, type, count, value], i) => {
    const at = 2 + i * 12;
    ifd.writeUInt16LE(tag, at);
    ifd.writeUInt16LE(type, at + 2);
    ifd.writeUInt32LE(count, at + 4);
    if (type === 3) ifd.writeUInt16LE(value, at + 8);
    else ifd.writeUInt32LE(value, at + 8);
  });
  ifd.writeUInt32LE(0, 2 + entries.length * 12);
  return Buffer.concat([header, data, Buffer.alloc(data.length % 2), resolution, ifd]);
}

/** PackBits (TIFF compression 32773): runs of equal bytes and literal stretches. */
function packBits(input: Buffer): Buffer {
  const out: number[] = [];
  let i = 0;
  while (i < input.length) {
    let run = 1;
    while (i + run < input.length && run < 128 && input[i + run] === input[i]) run += 1;
    if (run >= 2) {
      out.push(257 - run, input[i]!);
      i += run;
      continue;
    }
    let literal = 1;
    while (
      i + literal < input.length &&
      literal < 128 &&
      !(i + literal + 1 < input.length && input[i + literal] === input[i + literal + 1])
    )
      literal += 1;
    out.push(literal - 1);
    for (let k = 0; k < literal; k += 1) out.push(input[i + k]!);
    i += literal;
  }
  return Buffer.from(out);
}
