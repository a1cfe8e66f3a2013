/** "Mar 2, 3:04:05 PM": sync events are minutes apart, so the time matters more than the year. */
export const shortTime = (iso: string): string =>
  new Date(iso).toLocaleString('en-US', {
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
  });
