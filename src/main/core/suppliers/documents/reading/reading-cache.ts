import type { Db } from '#core/db/open-database';
import type { DocumentReading } from '#shared/suppliers/reading/reading-schema';

/**
 * The reader's version: readings made by an older reader are read again (its rules changed).
 * Raise it with any change to what the reader proposes.
 */
export const readerVersion = 8;

/** Readings of files by content hash: a scan is read once, not at every opening of its document. */
export function createReadingCache(db: Db) {
  const get = db.prepare<[string, number], { reading: string }>(
    'SELECT reading FROM document_readings WHERE sha256 = ? AND reader_version = ?',
  );
  const put = db.prepare(
    'INSERT OR REPLACE INTO document_readings (sha256, reader_version, reading, read_at) VALUES (?, ?, ?, ?)',
  );
  return {
    get(sha256: string): DocumentReading | null {
      const row = get.get(sha256, readerVersion);
      return row ? (JSON.parse(row.reading) as DocumentReading) : null;
    },
    put(sha256: string, reading: DocumentReading, at: string): void {
      put.run(sha256, readerVersion, JSON.stringify(reading), at);
    },
  };
}
export type ReadingCache = ReturnType<typeof createReadingCache>;
