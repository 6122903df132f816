/**
 * Dates as copy writes them ("Aug 24", "24 August 2016", "Aug. 24, 2016",
 * "2016-08-24", "24/08/2016"), read without guessing: a part that is not
 * there (often the year) stays undefined, and a numeric date that could be
 * read two ways (03/04/2016) is not read at all.
 */

/** A calendar date as far as the text gave it. */
export interface LooseDate {
  readonly year?: number;
  readonly month: number;
  readonly day: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
}; // prettier-ignore

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_DAY = new RegExp(
  `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`,
  'i',
);
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\b(?:,?\\s+(\\d{4})\\b)?`,
  'i',
);
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;

function daysIn(month: number, year = 2000): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function valid(date: LooseDate): LooseDate | null {
  const { year, month, day } = date;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return null;
  if (year !== undefined && (year < 1800 || year > 2200)) return null;
  return date;
}

function monthOf(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** The first date written in `text`, or null. */
export function findDate(text: string): LooseDate | null {
  const iso = ISO.exec(text);
  if (iso) return valid({ year: +iso[1]!, month: +iso[2]!, day: +iso[3]! });
  const monthDay = MONTH_DAY.exec(text);
  const dayMonth = DAY_MONTH.exec(text);
  const first =
    monthDay && (!dayMonth || monthDay.index <= dayMonth.index)
      ? { month: monthOf(monthDay[1]!), day: +monthDay[2]!, year: monthDay[3] }
      : dayMonth
        ? { month: monthOf(dayMonth[2]!), day: +dayMonth[1]!, year: dayMonth[3] }
        : null;
  if (first) {
    return valid({
      month: first.month,
      day: first.day,
      ...(first.year ? { year: +first.year } : {}),
    });
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [a, b] = [+numeric[1]!, +numeric[2]!];
    // Day first (most of the world) unless only month-first can be right.
    if (a > 12 && b <= 12) return valid({ year: +numeric[3]!, month: b, day: a });
    if (b > 12 && a <= 12) return valid({ year: +numeric[3]!, month: a, day: b });
  }
  return null;
}

/** YYYY-MM-DD for a date with a year, or undefined. */
export function isoDate(date: LooseDate): string | undefined {
  if (date.year === undefined || date.day > daysIn(date.month, date.year)) return undefined;
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
