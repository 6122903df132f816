import { promises as fs } from 'node:fs';
import path from 'node:path';
import { marked } from 'marked';
import { fail, ok, type IpcResult } from '../../shared/ipc/ipc-result';
import type { DraftDocument } from '../../shared/import/import-draft';
import { htmlToDraft } from '../../shared/import/html-to-draft';
import { textToDraft } from '../../shared/import/text-to-draft';
import { describeFsError } from '../storage/describe-fs-error';
import { decodeText } from './decode-text';
import { docxToHtml } from './docx-to-html';
import {
  ACCEPTED,
  checkContent,
  formatFromName,
  maxBytesOf,
  quoted,
  type ImportFormat,
} from './import-file-type';
import { nodePurifier } from './jsdom-purifier';

/** A file to import: one on disk, or bytes the user dropped (no folder to find images in). */
export type ImportInput =
  { readonly path: string } | { readonly name: string; readonly bytes: Uint8Array };

/** What reading an import file gives: its blocks as the source marked them, and what to tell the user. */
export interface ReadImport {
  readonly format: ImportFormat;
  /** The file's own name, e.g. "tanks.docx". */
  readonly fileName: string;
  /** The folder the file is in, where relative image paths are looked up; null for dropped bytes. */
  readonly baseDir: string | null;
  readonly draft: DraftDocument;
  readonly warnings: string[];
}

const MB = 1024 * 1024;

function tooLarge(fileName: string, format: ImportFormat): IpcResult<never> {
  const limit = maxBytesOf(format) / MB;
  const kind = format === 'docx' ? 'Word document' : 'file';
  return fail(
    'too-large',
    `${quoted(fileName)} is too large to import: a ${kind} may be at most ${limit} MB.`,
  );
}

/**
 * Reads the file at `file`, opened read-only: its size is checked on the open
 * handle before anything is read, and the file is never written.
 */
async function readBytes(
  file: string,
  fileName: string,
  format: ImportFormat,
): Promise<IpcResult<Uint8Array>> {
  let handle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('not-found', `${quoted(fileName)} is no longer there.`);
    if (code === 'EISDIR')
      return fail('invalid-request', `${quoted(fileName)} is a folder. ${ACCEPTED}.`);
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? 'Newsdesk is not allowed to open it'
        : describeFsError(code);
    return fail('io', `${quoted(fileName)} could not be read: ${why}.`);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile())
      return fail('invalid-request', `${quoted(fileName)} is not a file. ${ACCEPTED}.`);
    if (stat.size > maxBytesOf(format)) return tooLarge(fileName, format);
    return ok(await handle.readFile());
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail('io', `${quoted(fileName)} could not be read: ${describeFsError(code)}.`);
  } finally {
    await handle.close();
  }
}

/** The text of a text format, with a warning when its encoding had to be guessed. */
function readText(
  bytes: Uint8Array,
  fileName: string,
): IpcResult<{ text: string; warnings: string[] }> {
  const decoded = decodeText(bytes);
  // NUL never occurs in text: this is some binary file with a text name.
  if (decoded.text.includes('\u0000')) {
    return fail('invalid-request', `${quoted(fileName)} is not text. ${ACCEPTED}.`);
  }
  const warnings = decoded.guessed
    ? [
        `${quoted(fileName)} is not UTF-8: it was read as Windows-1252 (Western European). Check accented letters, quotes and dashes.`,
      ]
    : [];
  return ok({ text: decoded.text, warnings });
}

/** Turns the file's bytes into a draft, by its format. */
async function toDraft(
  format: ImportFormat,
  bytes: Uint8Array,
  fileName: string,
): Promise<IpcResult<{ draft: DraftDocument; warnings: string[] }>> {
  if (format === 'docx') {
    const converted = await docxToHtml(bytes, fileName);
    if (!converted.ok) return converted;
    const draft = htmlToDraft(converted.value.html, await nodePurifier());
    return ok({ draft, warnings: converted.value.warnings });
  }
  const read = readText(bytes, fileName);
  if (!read.ok) return read;
  const { text, warnings } = read.value;
  switch (format) {
    case 'text':
      return ok({ draft: textToDraft(text), warnings });
    case 'html':
      return ok({ draft: htmlToDraft(text, await nodePurifier()), warnings });
    case 'markdown': {
      // GitHub-flavoured, synchronous; raw HTML in the Markdown is sanitized with the rest.
      const html = marked.parse(text, { async: false, gfm: true });
      return ok({ draft: htmlToDraft(html, await nodePurifier()), warnings });
    }
  }
}

/**
 * Reads a file to import: the format from its name (.docx, .md/.markdown,
 * .html/.htm, .txt), checked against its content; Word through mammoth,
 * Markdown through marked, both then as HTML; text as text. Answers a plain
 * message for a file of another kind, too large, unreadable or damaged.
 */
export async function readImportFile(input: ImportInput): Promise<IpcResult<ReadImport>> {
  const fileName =
    ('path' in input ? path.basename(input.path) : input.name.split(/[\\/]/).pop()) || 'The file';
  const format = formatFromName(fileName);
  if (!format.ok) return format;
  let bytes: Uint8Array;
  if ('path' in input) {
    const read = await readBytes(input.path, fileName, format.value);
    if (!read.ok) return read;
    bytes = read.value;
  } else {
    if (input.bytes.length > maxBytesOf(format.value)) return tooLarge(fileName, format.value);
    bytes = input.bytes;
  }
  if (bytes.length === 0) return fail('invalid-request', `${quoted(fileName)} is empty.`);
  const checked = checkContent(format.value, fileName, bytes);
  if (!checked.ok) return checked;
  const drafted = await toDraft(format.value, bytes, fileName);
  if (!drafted.ok) return drafted;
  return ok({
    format: format.value,
    fileName,
    baseDir: 'path' in input ? path.dirname(path.resolve(input.path)) : null,
    draft: drafted.value.draft,
    warnings: drafted.value.warnings,
  });
}
