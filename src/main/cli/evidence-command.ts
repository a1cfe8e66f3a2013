import fs from 'node:fs';
import path from 'node:path';

import { checkAttachment } from '#core/suppliers/documents/file-store';
import { readDocument } from '#core/suppliers/documents/reading/document-reader';
import { isReadable } from '#core/suppliers/documents/reading/reading-limits';
import { AppError } from '#shared/contract';
import { countryName } from '#shared/reference/countries';
import { attachmentKindInfo } from '#shared/suppliers/attachment-rules';
import { proposalFields } from '#shared/suppliers/reading/candidate';
import { type DocumentReading, proposalFieldLabels } from '#shared/suppliers/reading/reading-schema';
import { countOf } from '#shared/text/plural';

import type { CliIo } from './cli-io';
import { readCommandArgs } from './command-args';
import { exitCodes } from './records-exit-codes';

export const evidenceUsage = `Usage:
  aim-licence evidence read FILE [--json]
      Reads a supplier certificate or declaration (a PDF, or a scan: PNG, JPEG, WebP, GIF, TIFF),
      offline, and prints what it proposes for the evidence form: the countries of largest and
      second-largest smelt and of most recent cast (ISO alpha-2 or N/A), the document date
      (YYYY-MM-DD), the issuer and the product or alloy, each with its confidence, page and the
      text it was read from. A field the document does not state is left out. Proposals only:
      nothing is recorded. With --json, one JSON object on stdout.
Exit code 0: read; 2: usage, or the file cannot be read.`;

/** The JSON the command prints: each field `{ value, confidence, page, text }`, absent when not stated. */
export function readingJson(file: string, reading: DocumentReading) {
  const proposals: Record<string, { value: string; confidence: number; page: number; text: string }> = {};
  for (const field of proposalFields) {
    const proposal = reading.proposals[field];
    if (proposal)
      proposals[field] = {
        value: proposal.value,
        confidence: proposal.confidence,
        page: proposal.page,
        text: proposal.text,
      };
  }
  return { file, method: reading.method, pages: reading.pages, proposals };
}

const shown = (field: (typeof proposalFields)[number], value: string) =>
  field === 'smeltLargest' || field === 'smeltSecond' || field === 'cast' ? `${value} (${countryName(value)})` : value;

function describe(file: string, reading: DocumentReading): string[] {
  const how = reading.method === 'ocr' ? 'by OCR (a scan)' : 'from its text layer';
  const lines = [
    `${file}: read ${how}, ${countOf(reading.pages, 'page')}, in ${(reading.readMs / 1000).toFixed(1)} s.`,
  ];
  const missing: string[] = [];
  for (const field of proposalFields) {
    const proposal = reading.proposals[field];
    if (!proposal) {
      missing.push(proposalFieldLabels[field].toLowerCase());
      continue;
    }
    lines.push(
      `  ${proposalFieldLabels[field].padEnd(32)} ${shown(field, proposal.value).padEnd(26)} ${String(Math.round(proposal.confidence * 100)).padStart(3)} %  page ${proposal.page}  « ${proposal.text} »`,
    );
  }
  if (missing.length > 0) lines.push(`  Not stated (or not found): ${missing.join(', ')}.`);
  lines.push('These are proposals: check each against the document before you record it.');
  return lines;
}

/** Reads the file from disk with the same checks an attachment gets (name, size, type by content). */
function fileToRead(file: string) {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new AppError(
      'UNREADABLE_FILE',
      `${file} cannot be read: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.`,
    );
  }
  const checked = checkAttachment(bytes, path.basename(file));
  if (!isReadable(checked.kind)) {
    throw new AppError(
      'UNREADABLE_FILE',
      `${file} is a ${attachmentKindInfo[checked.kind].label}: only PDFs and scans (PNG, JPEG, WebP, GIF, TIFF) are read.`,
    );
  }
  return { bytes, kind: checked.kind };
}

export async function runEvidenceCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = readCommandArgs(args, { json: { type: 'boolean', default: false } }, evidenceUsage, io);
  if (typeof parsed === 'number') return parsed;
  const [action, file, ...rest] = parsed.positionals;
  if (action !== 'read' || !file || rest.length > 0) {
    io.err(
      action === undefined
        ? 'Say what to do: aim-licence evidence read FILE.'
        : action === 'read' && !file
          ? 'Name the file to read.'
          : `Unknown evidence command "${action}".`,
    );
    io.err(evidenceUsage);
    return exitCodes.usage;
  }
  try {
    const { bytes, kind } = fileToRead(file);
    const reading = await readDocument(bytes, kind, path.basename(file));
    // Limits that left part of the file unread are said on stderr, so --json stays one object.
    for (const note of reading.notes) io.err(note);
    if (parsed.values.json) io.out(JSON.stringify(readingJson(file, reading)));
    else for (const line of describe(file, reading)) io.out(line);
    return exitCodes.ok;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (parsed.values.json) io.out(JSON.stringify({ error: error.toPayload() }));
    io.err(`aim-licence: ${error.message}`);
    return error.code === 'UNREADABLE_FILE' || error.code === 'VALIDATION' || error.code === 'PAYLOAD_TOO_LARGE'
      ? exitCodes.usage
      : exitCodes.problemFound;
  }
}
