import type { StoryStatus } from '../../shared/story/story';
import type { StorySort } from '../../shared/story/story-summary';

/** Status names as the desk says them. */
export const STATUS_LABELS: Record<StoryStatus, string> = {
  draft: 'Draft',
  subbing: 'Subbing',
  ready: 'Ready',
};

export const SORT_LABELS: Record<StorySort, string> = {
  updated: 'Newest first',
  status: 'By status',
};

const timeOfDay = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const dayInYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const fullDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateAndTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

/** When a story was last saved, as short as is still clear: "14:02" today, "24 Nov" this year. */
export function shortUpdated(updatedAt: string, now = new Date()): string {
  const when = new Date(updatedAt);
  if (when.toDateString() === now.toDateString()) return timeOfDay.format(when);
  if (when.getFullYear() === now.getFullYear()) return dayInYear.format(when);
  return fullDate.format(when);
}

/** The full date and time, for a tooltip. */
export function fullUpdated(updatedAt: string): string {
  return dateAndTime.format(new Date(updatedAt));
}

/** "1 word", "1,204 words". */
export function wordsLabel(words: number): string {
  return `${words.toLocaleString()} ${words === 1 ? 'word' : 'words'}`;
}
