const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "November 28, 2026" (en-US's long date, in the reader's time zone), written by hand: creating an
 * Intl.DateTimeFormat loads the locale's calendar data, a long task on a phone while the home page
 * is loading.
 */
export function formatPostDate(iso: string): string {
  const d = new Date(iso);
  return `${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`;
}
