import { z } from 'zod';

import { proposalFields } from './candidate';

/*
 * What reading a supplier document gives back, as it crosses the contract: proposals for the
 * evidence form (never decisions), how the file was read, and the sentences that say what a
 * limit left unread.
 */

export const pageRectSchema = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() });

export const proposalSchema = z.object({
  /** Countries as ISO alpha-2 or N/A; dates as YYYY-MM-DD. */
  value: z.string(),
  confidence: z.number().min(0).max(1),
  page: z.number().int().min(1),
  /** The document's own words the value was read from. */
  text: z.string(),
  /** Where those words are on the page (shares of its width and height), to highlight them. */
  rects: z.array(pageRectSchema),
  how: z.enum(['label', 'table', 'prose', 'letterhead', 'standalone']),
});
export type ProposalWire = z.infer<typeof proposalSchema>;

export const proposalsSchema = z.object(
  Object.fromEntries(proposalFields.map((field) => [field, proposalSchema.optional()])) as Record<
    (typeof proposalFields)[number],
    z.ZodOptional<typeof proposalSchema>
  >,
);

export const documentReadingSchema = z.object({
  /** 'ocr' when any page was a scan read by OCR. */
  method: z.enum(['text', 'ocr']),
  /** Pages in the file. */
  pages: z.number().int().min(0),
  /** Pages whose words were read (fewer when a limit stopped the reading). */
  pagesRead: z.number().int().min(0),
  proposals: proposalsSchema,
  /** One sentence for each limit that left something unread. */
  notes: z.array(z.string()),
  readMs: z.number(),
});
export type DocumentReading = z.infer<typeof documentReadingSchema>;

export const proposalFieldLabels: Record<(typeof proposalFields)[number], string> = {
  smeltLargest: 'Country of largest smelt',
  smeltSecond: 'Country of second-largest smelt',
  cast: 'Country of most recent cast',
  documentDate: 'Document date',
  issuer: 'Issued by',
  product: 'Product or alloy',
};

/** A reading of one file, named by its content: what the evidence form shows beside the viewer. */
export const fileReadingSchema = z.object({
  sha256: z.string(),
  fileName: z.string(),
  reading: documentReadingSchema,
});
export type FileReading = z.infer<typeof fileReadingSchema>;
