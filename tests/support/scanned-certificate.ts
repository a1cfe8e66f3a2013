import { createCanvas } from '@napi-rs/canvas';

/**
 * A small scanned supplier certificate: 9-point print on a 300-dpi page, an origin table with
 * ruled cells, a distractor country of origin and port of loading, turned one degree as a page
 * fed by hand. PNG, as a scanner writes it. For tests that need a real scan to read.
 */
export function scannedCertificatePng(): Buffer {
  const dpi = 300;
  const width = Math.round(8.5 * dpi);
  const height = Math.round(5 * dpi);
  const flat = createCanvas(width, height);
  const page = flat.getContext('2d');
  page.fillStyle = '#fff';
  page.fillRect(0, 0, width, height);
  page.fillStyle = '#111';
  const pt = (points: number) => Math.round((points * dpi) / 72);
  const text = (value: string, x: number, y: number, size = 9, weight = '') => {
    page.font = `${weight} ${pt(size)}px "Liberation Sans", "DejaVu Sans", sans-serif`.trim();
    page.fillText(value, pt(x), pt(y));
  };
  text('Keflavik Smelting hf.', 40, 50, 16, 'bold');
  text('Hafnargata 10, 230 Reykjanesbaer, Iceland', 40, 66);
  text('INSPECTION CERTIFICATE EN 10204 3.1', 40, 92, 11, 'bold');
  text('Date of issue: 12.05.2025', 40, 112);
  text('Country of origin: Germany', 300, 112);
  text('Port of loading: Rotterdam, Netherlands', 40, 128);
  // The origin table: header row, value row, ruled cells.
  page.strokeStyle = '#222';
  page.lineWidth = 3;
  const columns = [40, 210, 380, 550];
  for (const y of [145, 170, 190]) {
    page.beginPath();
    page.moveTo(pt(columns[0]!), pt(y));
    page.lineTo(pt(columns[3]!), pt(y));
    page.stroke();
  }
  for (const x of columns) {
    page.beginPath();
    page.moveTo(pt(x), pt(145));
    page.lineTo(pt(x), pt(190));
    page.stroke();
  }
  text('Country of smelt (largest)', 45, 161, 9, 'bold');
  text('Smelter country (2nd)', 215, 161, 9, 'bold');
  text('Country of most recent cast', 385, 161, 9, 'bold');
  text('Iceland', 45, 184);
  text('Canada', 215, 184);
  text('Norway', 385, 184);
  text('We certify that the material complies with the order.', 40, 215);
  const scan = createCanvas(width, height);
  const glass = scan.getContext('2d');
  glass.fillStyle = '#f6f5f2';
  glass.fillRect(0, 0, width, height);
  glass.translate(width / 2, height / 2);
  glass.rotate((1 * Math.PI) / 180);
  glass.drawImage(flat, -width / 2, -height / 2);
  return scan.toBuffer('image/png');
}
