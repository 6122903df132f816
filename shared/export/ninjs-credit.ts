/**
 * Reading credits the way newsrooms write them, for ninjs fields that want
 * names (ninjs has no credit property; README of the schema folder).
 */

/** "(FRANCE 24 with AP and REUTERS)" → ["FRANCE 24", "AP", "REUTERS"]: the agencies of a credit block. */
export function creditSources(text: string): string[] {
  const names = text
    .replace(/^\s*\(|\)\s*$/g, '')
    .split(/\s*(?:,|;|\/|&|\bwith\b|\band\b)\s*/i)
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter((name) => name !== '');
  return [...new Set(names)];
}

/**
 * A photo credit split into photographer and rights holder: "AFP photo" →
 * holder AFP; "Jane Doe/Reuters" → by Jane Doe, holder Reuters; "Photo: AP" →
 * holder AP; "Getty Images" stays whole. A credit that fits none of these is
 * the holder as written.
 */
export function photoCredit(credit: string): { by?: string; holder?: string } {
  const text = credit
    .replace(/\s+/g, ' ')
    .replace(/^\s*(?:photo(?:graph)?|picture|image)\s*(?::|by)\s*/i, '')
    // Not "images": it ends agency names ("Getty Images", "AP Images"), and
    // "Getty" is not who holds the rights.
    .replace(/\s+(?:photos?|pictures?)\s*$/i, '')
    .trim();
  if (text === '') return {};
  const slash = text.lastIndexOf('/');
  if (slash > 0 && slash < text.length - 1) {
    return { by: text.slice(0, slash).trim(), holder: text.slice(slash + 1).trim() };
  }
  return { holder: text };
}
