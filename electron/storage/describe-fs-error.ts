/** Plain words for a file system error code, for the status bar. */
export function describeFsError(code: string | undefined): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EACCES':
    case 'EPERM':
      return 'Newsdesk is not allowed to write there';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOENT':
      return 'the folder is missing';
    case 'ENOTDIR':
      return 'a file stands where a folder should be';
    default:
      return `the system reported ${code ?? 'an unknown error'}`;
  }
}
