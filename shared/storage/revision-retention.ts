/**
 * Revisions of a story (its `history/` folder): what a revision id looks
 * like, why a revision was taken, and which revisions the retention policy
 * keeps. Pure: no clock, no disk.
 */

/** Why a revision was taken; the inspector shows it beside the time. */
export const REVISION_REASONS = [
  /** An explicit save (Ctrl/Cmd+S). */
  'save',
  /** At most every 5 minutes of editing. */
  'timed',
  /** The story as it stood before an older revision replaced it. */
  'before-restore',
  /** The story as it stood before crash recovery replaced it. */
  'before-recovery',
  /** Kept when the story file was found damaged. */
  'damaged',
  /** The window's words when a save was refused: the file had changed on disk. */
  'conflict',
  /** The story as it stood before a draft package replaced it. */
  'before-import',
] as const;
export type RevisionReason = (typeof REVISION_REASONS)[number];

/** One revision as the inspector lists it. */
export interface RevisionSummary {
  readonly id: string;
  /** When it was taken (UTC instant, ISO 8601). */
  readonly savedAt: string;
  /** Body words, counted as the inspector counts them. */
  readonly words: number;
  readonly headline: string;
  readonly reason: RevisionReason;
}

/**
 * A revision id: the UTC instant it was taken, `YYYYMMDDTHHMMSSmmmZ`, then a
 * short random suffix so two revisions in one millisecond cannot collide.
 * Ids sort as the revisions were taken, and they become file names, so
 * anything arriving from the page is checked against this pattern first.
 */
export const REVISION_ID_PATTERN =
  /^(\d{4})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3])([0-5]\d)([0-5]\d)(\d{3})Z-[0-9a-f]{6}$/;

/** The id of a revision taken at `at`; `suffix` is six lower-case hex digits. */
export function revisionId(at: Date, suffix: string): string {
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  const id = `${stamp}-${suffix}`;
  if (!REVISION_ID_PATTERN.test(id)) throw new Error(`Not a revision id: ${id}`);
  return id;
}

/** When the revision with this id was taken (ms since the epoch), or null for a malformed id. */
export function revisionTime(id: string): number | null {
  const match = REVISION_ID_PATTERN.exec(id);
  if (!match) return null;
  const [year, month, day, hour, minute, second, ms] = match.slice(1).map(Number) as number[];
  const time = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!, ms!);
  // 31 February passes the pattern; Date.UTC would quietly roll it into March.
  return new Date(time).getUTCDate() === day ? time : null;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Everything younger than this is kept. */
export const KEEP_ALL_MS = DAY_MS;
/** Up to this age the newest per hour is kept; older, the newest per day. */
export const KEEP_HOURLY_MS = 7 * DAY_MS;

/**
 * Which revisions to keep, given when each was taken (ms, any order) and
 * now: everything from the last 24 hours, the newest in each hour for the
 * last 7 days, the newest in each (UTC) day before that. The newest revision
 * is always kept, and so is one from a clock that has gone back (taken "in
 * the future"). Equal times: the later in `times` counts as the newer.
 *
 * A revision goes only when a newer one exists in its own bucket (its hour,
 * or its day once it is a week old), whether or not that newer one is young
 * enough to be kept regardless. UTC hours nest inside UTC days, so applying
 * the policy again — now or at any later time — removes nothing that
 * applying it once at that later time would keep.
 * Answers the indexes into `times` to keep, ascending.
 */
export function revisionsToKeep(times: readonly number[], now: number): number[] {
  const newestFirst = times
    .map((time, index) => ({ time, index }))
    .sort((a, b) => b.time - a.time || b.index - a.index);
  const hoursSeen = new Set<number>();
  const daysSeen = new Set<number>();
  const kept: number[] = [];
  for (const { time, index } of newestFirst) {
    const hour = Math.floor(time / HOUR_MS);
    const day = Math.floor(time / DAY_MS);
    const age = now - time;
    const supplanted =
      age >= KEEP_HOURLY_MS ? daysSeen.has(day) : age >= KEEP_ALL_MS && hoursSeen.has(hour);
    if (!supplanted) kept.push(index);
    hoursSeen.add(hour);
    daysSeen.add(day);
  }
  return kept.sort((a, b) => a - b);
}
