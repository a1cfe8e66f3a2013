/** The look of a printed certificate: a font, 9-point body text, tables with ruled cells. */
export function pageStyle(font: 'sans' | 'serif' | 'mono', paper: 'a4' | 'letter', extra = ''): string {
  const family =
    font === 'sans'
      ? "'Liberation Sans', Arial, sans-serif"
      : font === 'serif'
        ? "'Liberation Serif', serif"
        : 'monospace';
  return `
  @page { size: ${paper === 'a4' ? 'A4' : 'Letter'}; margin: 16mm 15mm 14mm 15mm; }
  * { box-sizing: border-box; }
  body { font-family: ${family}; font-size: 9pt; line-height: 1.3; color: #111; margin: 0; }
  h1 { font-size: 15pt; margin: 0 0 2pt; }
  h2 { font-size: 11.5pt; margin: 8pt 0 4pt; }
  h3 { font-size: 10pt; margin: 8pt 0 3pt; }
  p { margin: 0 0 5pt; }
  table { border-collapse: collapse; width: 100%; margin: 3pt 0 6pt; }
  td, th { border: 0.8pt solid #333; padding: 2.5pt 4pt; text-align: left; vertical-align: top; font-size: 9pt; }
  th { font-weight: bold; background: #f2f2f2; }
  .plain td, .plain th { border: none; padding: 1.5pt 6pt 1.5pt 0; background: none; }
  .small { font-size: 8pt; color: #333; }
  .right { text-align: right; }
  .head { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 1.2pt solid #222; padding-bottom: 4pt; margin-bottom: 6pt; }
  .sign { margin-top: 14pt; }
  .stamp { display: inline-block; border: 1.5pt solid #345; color: #345; padding: 4pt 8pt; transform: rotate(-4deg); font-weight: bold; margin-left: 30pt; }
  ${extra}`;
}

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function htmlPage(title: string, style: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${style}</style></head><body>${body}</body></html>`;
}

/** A made-up chemistry table: every mill certificate has one, full of numbers and element symbols. */
export function chemistryTable(alloy: string, seed: number): string {
  const elements = ['Si', 'Fe', 'Cu', 'Mn', 'Mg', 'Cr', 'Zn', 'Ti'];
  const value = (i: number) => ((((seed * 31 + i * 17) % 97) + 3) / 100).toFixed(2);
  return `<table><tr><th>Alloy</th>${elements.map((e) => `<th>${e}</th>`).join('')}<th>Al</th></tr>
  <tr><td>${escapeHtml(alloy)}</td>${elements.map((_, i) => `<td>${value(i)}</td>`).join('')}<td>Rem.</td></tr></table>`;
}

export function mechanicalTable(seed: number): string {
  const rows = [0, 1, 2]
    .map(
      (i) =>
        `<tr><td>${seed * 10 + i}</td><td>${195 + ((seed + i * 7) % 40)}</td><td>${165 + ((seed + i * 5) % 30)}</td><td>${8 + ((seed + i) % 6)}</td><td>${62 + ((seed + i * 3) % 12)}</td></tr>`,
    )
    .join('');
  return `<table><tr><th>Sample</th><th>Rm (MPa)</th><th>Rp0.2 (MPa)</th><th>A50 (%)</th><th>HB</th></tr>${rows}</table>`;
}
