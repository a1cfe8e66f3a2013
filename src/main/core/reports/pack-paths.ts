/*
 * Names inside an audit pack. File names come from suppliers and users, so they are reduced to
 * plain letters, digits, dots and dashes: no folder separators, no "..", nothing a ZIP tool on
 * any system could read as a path outside the pack, and nothing that differs only in case.
 */

const maxSegment = 60;

export function safeSegment(text: string, fallback: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, maxSegment)
    .replace(/[-.]+$/g, '');
  return plain === '' ? fallback : plain;
}

/** A file name with its extension kept (lower-cased) and its stem made safe. */
export function safeFileName(fileName: string, fallback: string): string {
  const dot = fileName.lastIndexOf('.');
  const extension =
    dot > 0
      ? fileName
          .slice(dot + 1)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, '')
          .slice(0, 10)
      : '';
  const stem = safeSegment(dot > 0 ? fileName.slice(0, dot) : fileName, fallback);
  return extension ? `${stem}.${extension}` : stem;
}

/** Hands out each path once; a second file wanting the same path gets a distinguishing suffix. */
export function createPathRegistry() {
  const taken = new Set<string>();
  return (wanted: string, suffix: string): string => {
    let candidate = wanted;
    if (taken.has(candidate.toLowerCase())) {
      const dot = wanted.lastIndexOf('.');
      const slash = wanted.lastIndexOf('/');
      candidate = dot > slash ? `${wanted.slice(0, dot)}-${suffix}${wanted.slice(dot)}` : `${wanted}-${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  };
}
