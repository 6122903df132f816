// The versions the kill test's child saves: large, of changing length and
// filler, so a torn file (old tail, new head, or cut short) never passes as one.

const MB = 1 << 20;
const SIZES = [1 * MB, 4 * MB, 2 * MB, 5 * MB];

/** The full text of version `seq`: one JSON object, 1–5 MB. */
export function versionText(seq: number): string {
  const filler = String.fromCharCode(97 + (seq % 26)).repeat(SIZES[seq % SIZES.length]!);
  return `{"seq":${seq},"body":"${filler}"}\n`;
}

/** The version `text` is, exactly and completely; null if it is no version (torn). */
export function versionOf(text: string): number | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const seq = (parsed as { seq?: unknown } | null)?.seq;
  return typeof seq === 'number' && text === versionText(seq) ? seq : null;
}
