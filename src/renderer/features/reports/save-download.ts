/*
 * Reports come back from the core as base64 (PDF, ZIP) or text (CSV, JSON); both are offered as
 * an ordinary download: the browser saves it, Electron asks where.
 */

function offer(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; free it a little later to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function saveBase64(fileName: string, mediaType: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  offer(fileName, new Blob([bytes], { type: mediaType }));
}

export function saveText(fileName: string, mediaType: string, text: string): void {
  offer(fileName, new Blob([text], { type: `${mediaType};charset=utf-8` }));
}
