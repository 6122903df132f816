// The `newsdesk` command line (bin/newsdesk.cjs loads this, bundled by
// scripts/build-electron.mjs into dist/cli/newsdesk.cjs). Node only: it shares
// the exporters and the export writer with the app, never the electron module.
import { runCli } from './run-cli';

void runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  // exitCode, not exit(): the last lines still reach a pipe before Node ends.
  process.exitCode = code;
});
