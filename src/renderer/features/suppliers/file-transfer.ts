/*
 * Files cross the RPC as base64 (JSON over HTTP, structured clone over IPC). These helpers turn a
 * picked File into base64 and base64 back into bytes for the viewer or a download, without fetch
 * (the renderer's CSP allows connections to its own origin only).
 */

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

/** Saves bytes the way a browser saves any download (Electron asks where). */
export function saveFile(fileName: string, mediaType: string, base64: string): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type: mediaType }));
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
