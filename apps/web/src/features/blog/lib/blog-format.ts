const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' });

/** "November 28, 2026". */
export function formatPostDate(iso: string): string {
  return date.format(new Date(iso));
}
