/*
 * The held-out certificate set `npm run bench` measures the reader on: the seventh, written by
 * another engineer and committed before the reader was first run on it. Nothing is tuned on it
 * before it has been measured. The fifth held-out set now lives in development-set-7.ts, the
 * sixth (measured at 86.9 %) in development-set-9.ts.
 */
export { heldOutSet7 as heldOutSet } from './held-out-set-7';
