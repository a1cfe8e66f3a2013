/*
 * The held-out certificate set `npm run bench` measures the reader on: the ninth and tenth sealed
 * sets, 32 documents written by two engineers working apart, neither of whom saw the reader or the
 * development sets, committed before the reader was first run on them. Nothing is tuned on them
 * before they have been measured. Earlier held-out sets live among the development sets: the fifth
 * in development-set-7.ts, the sixth (86.9 %) in -9, the seventh (80.4 %) in -10, the eighth
 * (82.8 %) in -11.
 */
import type { CertificateCase } from './certificate-case';
import { heldOutSet9 } from './held-out-set-9';
import { heldOutSet10 } from './held-out-set-10';

export const heldOutSet: readonly CertificateCase[] = [...heldOutSet9, ...heldOutSet10];
