/*
 * Files cross the RPC as base64 (JSON over HTTP, structured clone over IPC) and what the core
 * produces (exports, PDFs, packs, request kits) is offered as an ordinary download: the browser
 * saves it, Electron asks where. No fetch: the renderer's CSP allows its own origin only.
 */

/** Reads a picked file into base64. */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(`"${file.name}" could not be read.`));
    reader.readAsDataURL(file);
  });
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

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

/** Offers bytes the core sent as base64 (a PDF, a ZIP, an attachment) as a download. */
export function saveBase64(fileName: string, mediaType: string, base64: string): void {
  offer(fileName, new Blob([base64ToBytes(base64)], { type: mediaType }));
}

/** Offers text the core produced (an export, a template, a hand-off file) as a UTF-8 download. */
export function saveText(fileName: string, mediaType: string, text: string): void {
  offer(fileName, new Blob([text], { type: /charset=/i.test(mediaType) ? mediaType : `${mediaType};charset=utf-8` }));
}
