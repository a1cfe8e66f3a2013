import fs from 'node:fs';
import path from 'node:path';

import type { z } from 'zod';

import { replaceFileDurably } from '#core/vault/durable-write';

/**
 * A small JSON file of remembered state (the window's place, the last folders used). What is
 * missing, unreadable or from another version reads as `fallback`: remembered state is a
 * convenience, never a reason not to start.
 */
export function createJsonStateFile<T>(file: string, schema: z.ZodType<T>, fallback: T) {
  return {
    read(): T {
      try {
        const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
        return parsed.success ? parsed.data : fallback;
      } catch {
        return fallback;
      }
    },
    write(value: T): void {
      replaceFileDurably(file, new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`), path.dirname(file));
    },
  };
}
