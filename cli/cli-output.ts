/** Where the command line writes: stdout for results, stderr for everything else. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

/** Exit statuses: done (or help shown), not exported or not imported, not understood. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** The command's name, first on every line it writes to stderr. */
export const PROGRAM = 'newsdesk';
