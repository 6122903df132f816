import { z } from 'zod';
import { MARKS } from './story';

/** Size limits: generous for real copy, and they refuse absurd input before it reaches the disk. */
export const LIMITS = {
  lineChars: 1_000,
  runChars: 100_000,
  runsPerInline: 5_000,
  blocks: 20_000,
  listItems: 5_000,
  listDepth: 8,
  hrefChars: 2_048,
  listEntries: 100,
} as const;

/**
 * Link targets a story may hold: web pages and e-mail addresses. javascript:,
 * data:, file: and every other scheme are refused here, at the model
 * boundary, so no exporter or renderer has to remember to. Schemes are
 * case-insensitive (RFC 3986 §3.1), spelled out without the `i` flag because
 * the published JSON Schema's `pattern` cannot carry regex flags.
 */
export const SAFE_HREF =
  // eslint-disable-next-line no-control-regex -- control characters are what is refused here
  /^(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/|[Mm][Aa][Ii][Ll][Tt][Oo]:)[^\s\u0000-\u001f\u007f"<>\\^`{|}]+$/;

/** True when `href` is a link the story model accepts. */
export function isSafeHref(href: string): boolean {
  return href.length <= LIMITS.hrefChars && SAFE_HREF.test(href);
}

/** One line of plain text: no line breaks, tabs or other control characters. */
export const LineSchema = z
  .string()
  .max(LIMITS.lineChars)
  // eslint-disable-next-line no-control-regex -- control characters are what is refused here
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'one line of plain text');

/** A non-empty line (a byline, a tag, an author). */
export const NonEmptyLineSchema = LineSchema.min(1);

export const HrefSchema = z
  .string()
  .max(LIMITS.hrefChars)
  .regex(SAFE_HREF, 'links must be http:, https: or mailto:');

export const TextRunSchema = z.strictObject({
  // Line breaks and tabs are text; other control characters are not.
  text: z
    .string()
    .min(1)
    .max(LIMITS.runChars)
    // eslint-disable-next-line no-control-regex -- control characters are what is refused here
    .regex(/^[^\u0000-\u0008\u000b-\u001f\u007f]*$/, 'no control characters'),
  marks: z.array(z.enum(MARKS)).min(1).max(MARKS.length).optional(),
  href: HrefSchema.optional(),
});

/** Inline text: a list of runs (see story-canonical.ts for their canonical form). */
export const InlineSchema = z.array(TextRunSchema).max(LIMITS.runsPerInline);
