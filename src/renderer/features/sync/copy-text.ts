/**
 * Puts text on the clipboard. The async Clipboard API first; where it is refused (the desktop
 * app grants the renderer no permissions), the older copy command on a temporary selection.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    let copied = false;
    try {
      // Deprecated, but the one way left when the Clipboard API is not allowed.
      copied = document.execCommand('copy');
    } finally {
      area.remove();
    }
    return copied;
  }
}
