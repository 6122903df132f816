import { parseArgs } from 'node:util';
import {
  EXPORT_FORMATS,
  EXPORT_FORMAT_LABELS,
  normalizeAssetBaseUrl,
  type ExportFormat,
  type ExportOptions,
} from '../shared/export/export-formats';

/** What the command line was asked to do, or why it was not understood. */
export type CliRequest =
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | {
      readonly command: 'export';
      /** A story folder, its story.json, or a .newsdesk package. */
      readonly source: string;
      readonly format: ExportFormat;
      readonly outDir: string;
      readonly options: ExportOptions;
    }
  | {
      readonly command: 'import';
      /** A .docx, .md/.markdown, .html/.htm or .txt file. */
      readonly file: string;
      /** The library to add the story to, when --library named one (else the default). */
      readonly library?: string;
      /** Print the Story JSON instead of adding it to a library. */
      readonly json: boolean;
      /** Download the http(s) images the file names. */
      readonly fetchImages: boolean;
    }
  | { readonly command: 'usage-error'; readonly message: string };

const formatList = EXPORT_FORMATS.map(
  (format) => `  ${format.padEnd(11)} ${EXPORT_FORMAT_LABELS[format]}`,
).join('\n');

/** The help text (`newsdesk --help`), also shown after a usage error. */
export const USAGE = `Usage: newsdesk export <story folder | package.newsdesk> --format <format> --out <folder> [options]
       newsdesk import <file> [--library <folder>] [--fetch-images] [--json]

export: exports a Newsdesk story (a folder holding story.json and assets/, or a
.newsdesk package) for a publishing system and prints the path of the file
it wrote. Images are copied into <folder>/images/.

Formats:
${formatList}

Options:
  --format <format>        one of the formats above (required)
  --out <folder>           where to write; made if missing (required)
  --asset-base-url <url>   where the publishing system will serve the images,
                           e.g. https://cdn.example.com/stories/
  --inline-images          html-page only: images inside the page as data: URLs
  -h, --help               show this help
  --version                show the version

Warnings from the pre-export checks go to stderr and do not stop the export;
errors (an empty headline, a photo without a credit, a TK marker) do.

import: makes a new story from a Word document (.docx), Markdown (.md,
.markdown), a web page (.html, .htm) or plain text (.txt), adds it to the
library and prints what it found: headline, standfirst, byline, dateline,
photos, subheads, credit block and the lines it dropped as page furniture.
The file itself is only read. Images inside the file, or beside it in its
folder, are stored with the story.

  --library <folder>       the library to add it to (default: $NEWSDESK_LIBRARY,
                           else the app's library folder)
  --fetch-images           also download the images the file names on the web
  --json                   print the story as JSON on stdout instead of adding
                           it (no images are stored then)

Exit status: 0 done, 1 not exported or not imported, 2 not understood.
`;

const OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  'asset-base-url': { type: 'string' },
  'inline-images': { type: 'boolean' },
  library: { type: 'string' },
  json: { type: 'boolean' },
  'fetch-images': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

const usageError = (message: string): CliRequest => ({ command: 'usage-error', message });

/** Node's parseArgs messages are long and name the option in quotes: keep that part. */
function describeParseError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-[^' ]*)/.exec(message ?? '')?.[1];
  if (!option) return message ?? 'the arguments are not understood';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (message?.includes('does not take an argument')) return `${option} takes no value`;
  return `${option} needs a value`;
}

function isFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

const IMPORT_ONLY = ['library', 'json', 'fetch-images'] as const;
const EXPORT_ONLY = ['format', 'out', 'asset-base-url', 'inline-images'] as const;

/** `newsdesk import <file> [--library <folder>] [--fetch-images] [--json]`. */
function importRequest(rest: readonly string[], values: Values): CliRequest {
  if (rest.length !== 1 || rest[0] === undefined || rest[0] === '') {
    return usageError('import takes one file: .docx, .md, .markdown, .html, .htm or .txt');
  }
  const misplaced = EXPORT_ONLY.find((name) => values[name] !== undefined);
  if (misplaced) return usageError(`--${misplaced} works with export, not import`);
  if (values.library === '') return usageError('--library needs a folder');
  if (values.json && values.library !== undefined) {
    return usageError(
      '--json prints the story instead of adding it to a library: leave out --library',
    );
  }
  return {
    command: 'import',
    file: rest[0],
    ...(values.library !== undefined ? { library: values.library } : {}),
    json: values.json === true,
    fetchImages: values['fetch-images'] === true,
  };
}

/** Reads the arguments after `newsdesk` (Node's util.parseArgs, strict). */
export function parseCliArgs(args: readonly string[]): CliRequest {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(describeParseError(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };

  const [command, ...rest] = positionals;
  if (command === undefined) return usageError('say what to do, e.g. newsdesk export');
  if (command === 'import') return importRequest(rest, values);
  if (command !== 'export') return usageError(`unknown command "${command}"`);
  const misplaced = IMPORT_ONLY.find((name) => values[name] !== undefined);
  if (misplaced) return usageError(`--${misplaced} works with import, not export`);
  if (rest.length !== 1 || rest[0] === undefined || rest[0] === '') {
    return usageError('export takes one story folder or .newsdesk package');
  }
  const format = values.format;
  if (format === undefined) return usageError(`--format is missing (${EXPORT_FORMATS.join(', ')})`);
  if (!isFormat(format)) {
    return usageError(`unknown format "${format}": use ${EXPORT_FORMATS.join(', ')}`);
  }
  if (values.out === undefined || values.out === '') {
    return usageError('--out is missing: the folder to write the export to');
  }
  const options: { assetBaseUrl?: string; inlineImages?: boolean } = {};
  const baseUrl = values['asset-base-url'];
  if (baseUrl !== undefined) {
    const normalized = normalizeAssetBaseUrl(baseUrl);
    if (normalized === null) {
      return usageError(
        `--asset-base-url must be an http(s) address without query or fragment, e.g. https://cdn.example.com/stories/`,
      );
    }
    options.assetBaseUrl = normalized;
  }
  if (values['inline-images']) {
    if (format !== 'html-page') return usageError('--inline-images works with --format html-page');
    options.inlineImages = true;
  }
  return { command: 'export', source: rest[0], format, outDir: values.out, options };
}
