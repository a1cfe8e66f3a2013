import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

/** The folder of the bundled reference sources (USITC cuts, Schedule D and CBP port lists). */
export const referenceAssets = path.resolve(__dirname, '../../assets/reference');

/** One bundled CSV source, read as rows keyed by its header. */
export const assetCsv = (name: string) =>
  Papa.parse<Record<string, string>>(fs.readFileSync(path.join(referenceAssets, name), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
