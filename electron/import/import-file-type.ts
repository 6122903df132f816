import { fail, ok, type IpcResult } from '../../shared/ipc/ipc-result';

/** The kinds of file an import reads. */
export type ImportFormat = 'docx' | 'markdown' | 'html' | 'text';

/** The extensions each format is known by (lower case, without the dot). */
export const IMPORT_EXTENSIONS: Readonly<Record<ImportFormat, readonly string[]>> = {
  docx: ['docx'],
  markdown: ['md', 'markdown'],
  html: ['html', 'htm'],
  text: ['txt'],
};

/** A Word document is a zip and may carry its photos: 50 MB. */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;
/** Copy without images: 20 MB is several books' worth of text. */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/** The most a file of `format` may weigh. */
export function maxBytesOf(format: ImportFormat): number {
  return format === 'docx' ? MAX_DOCX_BYTES : MAX_TEXT_BYTES;
}

/** The file types an import takes, in the words an error message uses. */
export const ACCEPTED =
  'Newsdesk imports Word documents (.docx), Markdown (.md, .markdown), web pages (.html, .htm) and plain text (.txt)';

/** What to do with the files people most often try instead. */
const ADVICE: Readonly<Record<string, string>> = {
  doc: 'Open it in Word and save it as a Word document (.docx) first.',
  docm: 'Save it as a Word document (.docx) without macros first.',
  dotx: 'Save it as a Word document (.docx) first.',
  odt: 'Save it as a Word document (.docx) first.',
  rtf: 'Open it in Word and save it as a Word document (.docx) first.',
  pdf: 'Copy the text from the PDF and paste it into a story instead.',
  pages: 'Export it from Pages as a Word document (.docx) first.',
};

/** The file's extension, lower case without the dot ('' when it has none). */
function extensionOf(fileName: string): string {
  const match = /\.([^./\\]+)$/.exec(fileName);
  return match ? match[1]!.toLowerCase() : '';
}

/** The name as a message shows it. */
export function quoted(fileName: string): string {
  return `“${fileName}”`;
}

/** The format a file name asks for, or why such a file is refused. */
export function formatFromName(fileName: string): IpcResult<ImportFormat> {
  const extension = extensionOf(fileName);
  for (const [format, extensions] of Object.entries(IMPORT_EXTENSIONS)) {
    if (extensions.includes(extension)) return ok(format as ImportFormat);
  }
  const kind = extension ? `a .${extension} file` : 'a file without an extension';
  const advice = ADVICE[extension];
  return fail(
    'invalid-request',
    `${quoted(fileName)} cannot be imported: it is ${kind}. ${ACCEPTED}.${advice ? ` ${advice}` : ''}`,
  );
}

const signature = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** File kinds that are certainly not text, by their first bytes. */
const BINARY_KINDS: readonly (readonly [readonly number[], string])[] = [
  [signature('PK\x03\x04'), 'a zip file (perhaps a Word document)'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an old Word (.doc) or Office file'],
  [signature('%PDF-'), 'a PDF'],
  [signature('{\\rtf'), 'an RTF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [signature('GIF8'), 'a GIF image'],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/** What the first bytes say the file really is, when that is a known binary kind. */
function binaryKind(bytes: Uint8Array): string | null {
  return BINARY_KINDS.find(([prefix]) => startsWith(bytes, prefix))?.[1] ?? null;
}

/**
 * Checks the content against the format the name chose: a .docx must be a
 * zip; a text format must not be a known binary file. (A .txt holding HTML
 * stays text: the name is the user's choice of how to read it.)
 */
export function checkContent(
  format: ImportFormat,
  fileName: string,
  bytes: Uint8Array,
): IpcResult<null> {
  const kind = binaryKind(bytes);
  if (format === 'docx') {
    if (startsWith(bytes, signature('PK\x03\x04'))) return ok(null);
    const oldWord = kind === 'an old Word (.doc) or Office file';
    return fail(
      'damaged',
      oldWord
        ? `${quoted(fileName)} is an old Word (.doc) file named .docx. ${ADVICE.doc}`
        : `${quoted(fileName)} is not a Word document, or it is damaged.`,
    );
  }
  if (kind !== null) {
    return fail('invalid-request', `${quoted(fileName)} is not text: it is ${kind}. ${ACCEPTED}.`);
  }
  return ok(null);
}
