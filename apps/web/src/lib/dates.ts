const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "Mar 4, 2025" (en-US's medium date, in the reader's time zone), written by hand: creating an
 * Intl.DateTimeFormat loads the locale's calendar data, over 100 ms of a phone's main thread on a
 * product page's first render (its reviews are dated). dates.test.ts compares it with Intl.
 */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  return `${MONTHS[d.getMonth()].slice(0, 3)} ${d.getDate()}, ${d.getFullYear()}`;
}

/** "March 4, 2025" (en-US's long date, in the reader's time zone), written by hand for the same reason. */
export function formatLongDate(iso: string): string {
  const d = new Date(iso);
  return `${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`;
}

let dateTimeFormat: Intl.DateTimeFormat | undefined;

/** "Mar 4, 2025, 2:05 PM" (the formatter is made on first use: the back office and order pages). */
export function formatDateTime(iso: string): string {
  dateTimeFormat ??= new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
  return dateTimeFormat.format(new Date(iso));
}
