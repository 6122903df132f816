import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { importIntoLibrary, makeImportedStory } from '../electron/import/import-story';
import { readImportFile } from '../electron/import/read-import-file';
import { openLibraryServices } from '../electron/library/library-services';
import type { CliRequest } from './cli-args';
import { EXIT_FAILED, EXIT_OK, PROGRAM, type CliOutput } from './cli-output';
import { defaultLibraryPath } from './default-library';
import { describeImport } from './print-findings';

type ImportRequest = Extract<CliRequest, { command: 'import' }>;
type Env = Readonly<Record<string, string | undefined>>;

function notImported(output: CliOutput, message: string): number {
  output.err(`${PROGRAM}: Not imported: ${message}`);
  return EXIT_FAILED;
}

function warn(output: CliOutput, warnings: readonly string[]): void {
  for (const warning of warnings) output.err(`${PROGRAM}: warning: ${warning}`);
}

/**
 * `newsdesk import <file>`: reads the file, and either adds the story to the
 * library (with its images) and prints what was found, or with --json prints
 * the Story JSON for a pipeline and stores nothing.
 */
export async function importFile(
  request: ImportRequest,
  output: CliOutput,
  env: Env,
): Promise<number> {
  const read = await readImportFile({ path: request.file });
  if (!read.ok) return notImported(output, read.error.message);
  warn(output, read.value.warnings);

  if (request.json) {
    const { article, story } = makeImportedStory(read.value.draft, {
      id: randomUUID(),
      now: new Date(),
    });
    const pending = article.body.filter((block) => block.type === 'figure' && block.fetch).length;
    if (pending > 0) {
      const photos = pending === 1 ? '1 photo keeps' : `${pending} photos keep`;
      output.err(
        `${PROGRAM}: note: ${photos} only caption, credit and alt text: --json stores no images (import into a library to keep them).`,
      );
    }
    output.out(JSON.stringify(story, null, 2));
    return EXIT_OK;
  }

  const root = path.resolve(request.library ?? (await defaultLibraryPath(env)));
  const services = openLibraryServices(root);
  // No index here: the app notices the new story folder when it next lists the library.
  const imported = await importIntoLibrary(
    { library: services.library, assets: services.assets },
    read.value,
    { allowNetwork: request.fetchImages },
  );
  if (!imported.ok) return notImported(output, imported.error.message);
  const { story, findings, missingImages, storyDir } = imported.value;
  for (const line of describeImport({
    fileName: read.value.fileName,
    format: read.value.format,
    story,
    findings,
    missingImages,
    storyDir,
  })) {
    output.out(line);
  }
  return EXIT_OK;
}
