/**
 * USITC names its exports after the release: `hts_2026_revision_3_csv.csv`,
 * `hts_2026_basic_edition_json.json`; the HTS site calls the same releases "2026HTSRev3" and
 * "2026HTSBasic". The label is read from either; other names (a renamed download) give none.
 */
export function revisionLabelFromFileName(fileName: string): string | null {
  const name = fileName.replace(/^.*[\\/]/, '');
  const revision = /(?:^|[^0-9])(20\d{2})[_ -]?(?:hts[_ -]?)?rev(?:ision)?[_ -]?(\d{1,3})(?![0-9])/i.exec(name);
  if (revision) return `${revision[1]} Revision ${Number(revision[2])}`;
  const basic = /(?:^|[^0-9])(20\d{2})[_ -]?(?:hts[_ -]?)?basic(?:[_ -]?edition)?/i.exec(name);
  if (basic) return `${basic[1]} Basic Edition`;
  return null;
}

/** "HTS 2026 Revision 5" → "2026r5", "2026 Basic Edition" → "2026basic"; null for other labels. */
export function revisionSlug(label: string): string | null {
  const revision = /\b(20\d{2}) Revision (\d{1,3})\b/i.exec(label);
  if (revision) return `${revision[1]}r${Number(revision[2])}`;
  const basic = /\b(20\d{2}) Basic Edition\b/i.exec(label);
  return basic ? `${basic[1]}basic` : null;
}

/** Every HTS revision is shown as "HTS …", whatever the user typed. */
export const htsRevisionLabel = (label: string): string =>
  /^HTS\b/i.test(label.trim()) ? label.trim() : `HTS ${label.trim()}`;
