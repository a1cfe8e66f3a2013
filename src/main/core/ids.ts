import { randomFillSync } from 'node:crypto';

import { v7 as uuidv7 } from 'uuid';

// Random bytes are drawn from the OS in blocks: one system call per 256 ids instead of one each
// (an import creates tens of thousands at once).
const pool = Buffer.alloc(16 * 256);
let offset = pool.length;

function randomBytes16(): Uint8Array {
  if (offset >= pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + 16);
  offset += 16;
  return bytes;
}

/** Time-ordered ids (UUIDv7): unique without coordination, and they sort by creation. */
export const newId = (): string => uuidv7({ random: randomBytes16() });
