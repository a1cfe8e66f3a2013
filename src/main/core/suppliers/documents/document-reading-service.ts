import type { Clock } from '#core/clock';
import { AppError } from '#shared/contract';
import { type AttachmentKind, attachmentKindInfo } from '#shared/suppliers/attachment-rules';
import { emptyDocumentDraft, type SupplierDocument } from '#shared/suppliers/document-schema';
import type { DocumentReading, FileReading } from '#shared/suppliers/reading/reading-schema';

import type { DocumentRepository } from './document-repository';
import type { DocumentService } from './document-service';
import { checkAttachment, decodeBase64, type FileStore } from './file-store';
import { readDocument } from './reading/document-reader';
import type { ReadingCache } from './reading/reading-cache';
import { isReadable, type ReadingLimits } from './reading/reading-limits';

export interface DocumentReadingDeps {
  readonly repo: DocumentRepository;
  readonly documents: DocumentService;
  readonly files: FileStore;
  readonly cache: ReadingCache;
  readonly clock: Clock;
  /** Tests lower them; the app uses the reader's defaults. */
  readonly limits?: ReadingLimits;
}

/**
 * Reads supplier documents for the evidence form: a stored attachment (through the file store,
 * so a protected folder's sealed files are opened, and a file changed since it was attached is
 * refused), or a file about to be attached. One file is read at a time (OCR takes the machine's
 * cores); readings are kept by content hash. Proposals only: nothing here changes a record,
 * except `createFromFile`, which makes an empty draft for a file of a supplier's pack.
 */
export function createDocumentReadingService({ repo, documents, files, cache, clock, limits }: DocumentReadingDeps) {
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  function readable(kind: AttachmentKind, fileName: string) {
    if (!isReadable(kind)) {
      throw new AppError(
        'VALIDATION',
        `"${fileName}" is a ${attachmentKindInfo[kind].label}: the reader reads PDFs and scans (PNG, JPEG, WebP, GIF, TIFF). Open it in the program it came from.`,
        { issues: [{ path: 'fileName', message: 'is not a PDF or a scan', rule: 'file-type' }] },
      );
    }
    return kind;
  }

  async function read(bytes: Uint8Array, kind: AttachmentKind, sha256: string, fileName: string): Promise<FileReading> {
    const cached = cache.get(sha256);
    if (cached) return { sha256, fileName, reading: cached };
    const reading: DocumentReading = await oneAtATime(() =>
      readDocument(bytes, readable(kind, fileName), fileName, limits),
    );
    cache.put(sha256, reading, clock.now().toISOString());
    return { sha256, fileName, reading };
  }

  return {
    /** Proposals for a file attached to a document. */
    async readStored(documentId: string, fileId: string): Promise<FileReading> {
      const file = repo.file(documentId, fileId);
      if (!file)
        throw new AppError('NOT_FOUND', 'That file is not attached to this document (it may have been removed).', {
          documentId,
          fileId,
        });
      const stored = files.read(file.sha256);
      if (!stored.bytes || !stored.intact) {
        throw new AppError(
          'UNREADABLE_FILE',
          stored.bytes
            ? `"${file.fileName}" has changed since it was attached, so nothing is proposed from it. Ask the supplier for the document again.`
            : `"${file.fileName}" is missing from the app's file store, so nothing can be read from it.`,
          { sha256: file.sha256 },
        );
      }
      const kind = checkAttachment(stored.bytes, file.fileName).kind;
      return read(stored.bytes, kind, file.sha256, file.fileName);
    },

    /** Proposals for a file the person is about to attach (nothing is stored). */
    async readUpload(fileName: string, contentBase64: string): Promise<FileReading> {
      const bytes = decodeBase64(contentBase64, fileName);
      const checked = checkAttachment(bytes, fileName);
      return read(bytes, checked.kind, checked.sha256, fileName);
    },

    /**
     * One file of a supplier's answer pack: a draft document (awaiting review, nothing filled in)
     * with the file attached, and the reader's proposals for the person to review. A file the
     * reader cannot read still gets its draft; the reason is returned with it.
     */
    async createFromFile(
      supplierId: string,
      fileName: string,
      contentBase64: string,
    ): Promise<{ document: SupplierDocument; reading: FileReading | null; problem: string | null }> {
      const bytes = decodeBase64(contentBase64, fileName);
      const checked = checkAttachment(bytes, fileName);
      readable(checked.kind, fileName);
      const draft = documents.create({ ...emptyDocumentDraft(supplierId), type: 'other', status: 'draft' });
      documents.attachFile(draft.id, fileName, contentBase64);
      try {
        const reading = await read(bytes, checked.kind, checked.sha256, fileName);
        return { document: documents.get(draft.id), reading, problem: null };
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return { document: documents.get(draft.id), reading: null, problem: error.message };
      }
    },
  };
}
export type DocumentReadingService = ReturnType<typeof createDocumentReadingService>;
