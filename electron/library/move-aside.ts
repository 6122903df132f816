import { promises as fs } from 'node:fs';
import path from 'node:path';

/** A compact UTC stamp for file names: 20261125T110600123Z. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

/**
 * Renames a damaged file beside itself as `<name>.damaged-<stamp><ext>`, so it
 * is kept for whoever wants to rescue it and nothing writes over it. Answers
 * the new path.
 */
export async function moveAside(file: string, at: Date): Promise<string> {
  const ext = path.extname(file);
  const aside = path.join(
    path.dirname(file),
    `${path.basename(file, ext)}.damaged-${fileStamp(at)}${ext}`,
  );
  await fs.rename(file, aside);
  return aside;
}
