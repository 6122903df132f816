import { writeStoryExport } from '../electron/export/export-writer';
import { version } from '../package.json';
import { parseCliArgs, USAGE, type CliRequest } from './cli-args';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, PROGRAM, type CliOutput } from './cli-output';
import { openStorySource } from './story-source';

export { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliOutput } from './cli-output';

/** "Not exported: …" once, whether or not the message already says it. */
function notExported(message: string): string {
  return message.startsWith('Not exported:') ? message : `Not exported: ${message}`;
}

async function exportStory(
  request: Extract<CliRequest, { command: 'export' }>,
  output: CliOutput,
): Promise<number> {
  const opened = await openStorySource(request.source);
  if (!opened.ok) {
    output.err(`${PROGRAM}: ${notExported(opened.error.message)}`);
    return EXIT_FAILED;
  }
  try {
    const outcome = await writeStoryExport({
      story: opened.value.story,
      storyDir: opened.value.storyDir,
      format: request.format,
      outDir: request.outDir,
      options: request.options,
    });
    if (!outcome.ok) {
      // One line; when the checks found several errors, say how many more there are.
      const errors = outcome.checks.filter((check) => check.severity === 'error').length;
      const more = outcome.code === 'checks' && errors > 1 ? ` (${errors - 1} more to fix)` : '';
      output.err(`${PROGRAM}: ${notExported(outcome.message)}${more}`);
      return EXIT_FAILED;
    }
    for (const check of outcome.checks) {
      if (check.severity === 'warning') output.err(`${PROGRAM}: warning: ${check.message}`);
    }
    output.out(outcome.file);
    return EXIT_OK;
  } finally {
    await opened.value.close();
  }
}

/**
 * The `newsdesk` command: reads the arguments, runs the export or the import
 * and answers the exit status. Never throws: an unexpected error is one line
 * on stderr. `env` gives NEWSDESK_LIBRARY and the folders the default library is found by.
 */
export async function runCli(
  args: readonly string[],
  output: CliOutput,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  const request = parseCliArgs(args);
  switch (request.command) {
    case 'help':
      output.out(USAGE.trimEnd());
      return EXIT_OK;
    case 'version':
      output.out(`${PROGRAM} ${version}`);
      return EXIT_OK;
    case 'usage-error':
      output.err(`${PROGRAM}: ${request.message}\n\n${USAGE.trimEnd()}`);
      return EXIT_USAGE;
    case 'export':
      try {
        return await exportStory(request, output);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        output.err(`${PROGRAM}: Not exported: unexpected error: ${message}`);
        return EXIT_FAILED;
      }
    case 'import':
      try {
        // Loaded only for an import: readers, jsdom and mammoth stay out of an export's way.
        const { importFile } = await import('./import-command');
        return await importFile(request, output, env);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        output.err(`${PROGRAM}: Not imported: unexpected error: ${message}`);
        return EXIT_FAILED;
      }
  }
}
