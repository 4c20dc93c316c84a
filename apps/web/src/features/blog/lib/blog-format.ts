import { formatLongDate } from '@/lib/dates';

/** "November 28, 2026": a post's date (lib/dates.ts writes it without Intl, cheap on a phone). */
export const formatPostDate = formatLongDate;
