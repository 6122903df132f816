// The retention policy for revisions, as properties over random histories
// (fast-check, pinned seed) and as the days a reporter would recognise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  HOUR_MS,
  REVISION_ID_PATTERN,
  revisionId,
  revisionTime,
  revisionsToKeep,
} from '../../shared/storage/revision-retention';

const RUNS = { seed: 20_261_112, numRuns: 400 };
const NOW = Date.UTC(2026, 10, 12, 14, 2, 3, 123);

/** Within an hour either side of `ms`: where the policy changes, bugs live. */
const near = (ms: number) => fc.integer({ min: ms - HOUR_MS, max: ms + HOUR_MS });
/** Ages from an hour "in the future" (a clock set back) to two months, clustered so buckets collide. */
const age = fc.oneof(
  fc.integer({ min: -HOUR_MS, max: 60 * DAY_MS }),
  fc.integer({ min: 20 * HOUR_MS, max: 9 * DAY_MS }),
  near(DAY_MS),
  near(7 * DAY_MS),
);
const history = fc.array(
  age.map((ms) => NOW - ms),
  { maxLength: 150 },
);
/** Repeated times too, as two revisions in one millisecond. */
const historyWithTies = history.chain((times) =>
  fc.shuffledSubarray(times).map((again) => [...times, ...again]),
);

const kept = (times: readonly number[], now = NOW) =>
  revisionsToKeep(times, now).map((index) => times[index]!);
const hourOf = (time: number) => Math.floor(time / HOUR_MS);
const dayOf = (time: number) => Math.floor(time / DAY_MS);
const distinct = (values: readonly number[]) => new Set(values).size === values.length;

describe('revisionsToKeep', () => {
  it('answers ascending indexes into its input', () => {
    fc.assert(
      fc.property(historyWithTies, (times) => {
        const indexes = revisionsToKeep(times, NOW);
        expect(indexes).toEqual([...new Set(indexes)].sort((a, b) => a - b));
        for (const index of indexes) expect(index).toBeLessThan(times.length);
      }),
      RUNS,
    );
  });

  it('always keeps the newest revision (the later one of a tie)', () => {
    fc.assert(
      fc.property(historyWithTies, (times) => {
        fc.pre(times.length > 0);
        const newest = Math.max(...times);
        expect(revisionsToKeep(times, NOW)).toContain(times.lastIndexOf(newest));
      }),
      RUNS,
    );
  });

  it('keeps every revision of the last 24 hours, and any from the future', () => {
    fc.assert(
      fc.property(historyWithTies, (times) => {
        const keep = new Set(revisionsToKeep(times, NOW));
        times.forEach((time, index) => {
          if (NOW - time < DAY_MS) expect(keep.has(index)).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it('keeps at most one per hour between 1 and 7 days old, and one per day after', () => {
    fc.assert(
      fc.property(historyWithTies, (times) => {
        const left = kept(times);
        const hourly = left.filter((time) => NOW - time >= DAY_MS && NOW - time < 7 * DAY_MS);
        const daily = left.filter((time) => NOW - time >= 7 * DAY_MS);
        expect(distinct(hourly.map(hourOf))).toBe(true);
        expect(distinct(daily.map(dayOf))).toBe(true);
      }),
      RUNS,
    );
  });

  it('keeps the newest of every hour for a week and of every day before', () => {
    fc.assert(
      fc.property(history, (times) => {
        const left = kept(times);
        for (const time of times) {
          const sameBucket =
            NOW - time < 7 * DAY_MS
              ? (other: number) => hourOf(other) === hourOf(time)
              : (other: number) => dayOf(other) === dayOf(time);
          const newestOfBucket = Math.max(...times.filter(sameBucket));
          expect(left).toContain(newestOfBucket);
        }
      }),
      RUNS,
    );
  });

  it('is idempotent: pruning what was kept removes nothing more', () => {
    fc.assert(
      fc.property(historyWithTies, (times) => {
        const once = kept(times);
        expect(kept(once)).toEqual(once);
      }),
      RUNS,
    );
  });

  it('pruning now and again later equals pruning once later', () => {
    fc.assert(
      fc.property(historyWithTies, fc.oneof(near(HOUR_MS), near(30 * DAY_MS)), (times, wait) => {
        const later = NOW + Math.abs(wait);
        const sorted = (values: number[]) => values.sort((a, b) => a - b);
        expect(sorted(kept(kept(times, NOW), later))).toEqual(sorted(kept(times, later)));
      }),
      RUNS,
    );
  });

  it('thins a reporter’s ten days of saves every 10 minutes as the desk expects', () => {
    const times = Array.from({ length: 10 * 24 * 6 }, (_, i) => NOW - i * 10 * 60_000);
    const left = kept(times);
    const ages = left.map((time) => NOW - time);
    expect(ages.filter((ms) => ms < DAY_MS)).toHaveLength(24 * 6);
    // 1 to 7 days: one per hour — the hour at each end is shared with its neighbour zone.
    const hourly = ages.filter((ms) => ms >= DAY_MS && ms < 7 * DAY_MS);
    expect(hourly.length).toBeGreaterThanOrEqual(6 * 24 - 1);
    expect(hourly.length).toBeLessThanOrEqual(6 * 24 + 1);
    expect(ages.filter((ms) => ms >= 7 * DAY_MS).length).toBeLessThanOrEqual(4);
    expect(left.length).toBeLessThan(times.length / 4);
  });

  it('keeps nothing out of nothing and a lone old revision for ever', () => {
    expect(revisionsToKeep([], NOW)).toEqual([]);
    expect(revisionsToKeep([NOW - 900 * DAY_MS], NOW)).toEqual([0]);
  });
});

describe('revision ids', () => {
  it('stamp the UTC instant and read back to it', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z') }),
        fc.stringMatching(/^[0-9a-f]{6}$/),
        (at, suffix) => {
          fc.pre(!Number.isNaN(at.getTime()));
          const id = revisionId(at, suffix);
          expect(id).toMatch(REVISION_ID_PATTERN);
          expect(revisionTime(id)).toBe(at.getTime());
        },
      ),
      RUNS,
    );
  });

  it('sort as the revisions were taken', () => {
    const earlier = revisionId(new Date('2026-11-12T09:15:00.000Z'), 'ffffff');
    const later = revisionId(new Date('2026-11-12T09:15:00.001Z'), '000000');
    expect(earlier).toBe('20261112T091500000Z-ffffff');
    expect([later, earlier].sort()).toEqual([earlier, later]);
  });

  it.each([
    ['a path', '../../story'],
    ['a file name', '20261112T091500000Z-a1b2c3.json'],
    ['upper-case hex', '20261112T091500000Z-A1B2C3'],
    ['no suffix', '20261112T091500000Z'],
    ['month 13', '20261312T091500000Z-a1b2c3'],
    ['31 February', '20260231T091500000Z-a1b2c3'],
    ['hour 24', '20261112T241500000Z-a1b2c3'],
    ['a trailing newline', '20261112T091500000Z-a1b2c3\n'],
  ])('refuse %s', (_name, id) => {
    expect(revisionTime(id)).toBeNull();
  });

  it('refuse a suffix that is not six hex digits', () => {
    expect(() => revisionId(new Date(NOW), 'zz')).toThrow(/Not a revision id/);
  });
});
