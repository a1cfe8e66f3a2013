import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';

/*
 * Hostile XLSX files built byte by byte (so nothing in the app's own writer shapes them): a
 * real ZIP with a real workbook around a worksheet that inflates to hundreds of megabytes.
 */

interface ZipPart {
  readonly name: string;
  readonly deflated: Buffer;
  readonly crc32: number;
  readonly size: number;
}

/** gzip's trailer carries the CRC-32 and size a ZIP entry needs; its body is the raw deflate stream. */
function fromGzip(name: string, gzip: Buffer): ZipPart {
  return {
    name,
    deflated: gzip.subarray(10, gzip.length - 8),
    crc32: gzip.readUInt32LE(gzip.length - 8),
    size: gzip.readUInt32LE(gzip.length - 4),
  };
}

const part = (name: string, text: string) => fromGzip(name, gzipSync(Buffer.from(text, 'utf8')));

function zipFile(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc32, 14);
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(p.crc32, 16);
    header.writeUInt32LE(p.deflated.length, 20);
    header.writeUInt32LE(p.size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, name, p.deflated);
    central.push(header, name);
    offset += local.length + name.length + p.deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const rels = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function packageParts(sheet: ZipPart): ZipPart[] {
  return [
    part(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    part(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rels}"><sheets><sheet name="Licences" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    sheet,
  ];
}

const words = ['Lakeside', 'Aluminum', 'Northern', 'Rolling', 'Mills', 'Foil', 'Sheet', 'Strip'];
words.push('Cast', 'Smelt', 'Ingot', 'Billet', 'Slab', 'Plate', 'Coil', 'Wire');

/**
 * An XLSX whose one sheet holds `rows` rows of one text cell each in column XFD (the last column
 * Excel has), about 295 bytes of XML a row: a full sheet (1,048,576 rows) inflates to ~310 MB
 * from a ~20 MB file (ratio ~16, like real sheet XML, so no ZIP ratio check can catch it).
 * Deterministic.
 */
export async function wideColumnWorkbook(rows: number): Promise<{ bytes: Buffer; sheetXmlBytes: number }> {
  let seed = 20260302;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) >> 8;
  const phrases = Array.from({ length: 32 }, () => Array.from({ length: 33 }, () => words[next() % 16]).join(' '));
  const gzip = createGzip({ level: 6 });
  const out: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const write = (text: string) =>
    gzip.write(text) ? Promise.resolve() : new Promise<void>((resolve) => gzip.once('drain', () => resolve()));
  await write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${main}"><sheetData>`);
  for (let start = 1; start <= rows; start += 5_000) {
    const lines: string[] = [];
    for (let r = start; r < Math.min(start + 5_000, rows + 1); r += 1) {
      const text = [phrases[next() % 32], words[next() % 16], next() % 1_000_000];
      lines.push(`<row r="${r}"><c r="XFD${r}" t="inlineStr"><is><t>${text.join(' ')}</t></is></c></row>`);
    }
    await write(lines.join(''));
  }
  gzip.end('</sheetData></worksheet>');
  await done;
  const sheet = fromGzip('xl/worksheets/sheet1.xml', Buffer.concat(out));
  return { bytes: zipFile(packageParts(sheet)), sheetXmlBytes: sheet.size };
}

/** The 20 MB / 300 MB workbook of issue 12, made once per machine and kept in the temp folder. */
export async function wideColumnWorkbookFile(): Promise<{ file: string; sheetXmlBytes: number }> {
  const file = path.join(os.tmpdir(), 'aim-hostile-xfd-full-sheet-v2.xlsx');
  const sizeFile = `${file}.xml-bytes`;
  if (fs.existsSync(file) && fs.existsSync(sizeFile))
    return { file, sheetXmlBytes: Number(fs.readFileSync(sizeFile, 'utf8')) };
  const { bytes, sheetXmlBytes } = await wideColumnWorkbook(1_048_576);
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, bytes);
  fs.renameSync(temp, file);
  fs.writeFileSync(sizeFile, String(sheetXmlBytes));
  return { file, sheetXmlBytes };
}
