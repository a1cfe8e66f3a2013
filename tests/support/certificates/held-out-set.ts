/*
 * The held-out certificate set `npm run bench` measures the reader on. The seventh (measured at
 * 80.4 %) now lives in development-set-10.ts and stands here only until the next sealed set is
 * wired in: nothing is tuned on a held-out set before it has been measured. The fifth held-out set
 * lives in development-set-7.ts, the sixth (86.9 %) in development-set-9.ts.
 */
export { developmentSet10 as heldOutSet } from './development-set-10';
