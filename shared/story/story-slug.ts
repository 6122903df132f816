/**
 * A slug from a headline: lower-case ASCII words joined by hyphens, at most
 * 80 characters ("Turkish tanks cross…" → "turkish-tanks-cross-…"). The
 * inspector's "From headline" and imported stories use this one rule.
 */
export function slugFrom(headline: string): string {
  return headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
