/** Text read from an imported file, and how it was read when that was a guess. */
export interface DecodedText {
  readonly text: string;
  /** 'utf-8', 'utf-16le', 'utf-16be' or 'windows-1252'. */
  readonly encoding: string;
  /** True when the bytes were not UTF-8 and were read as Windows-1252 (a guess). */
  readonly guessed: boolean;
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €…).
// Spelled out here because Node 20's TextDecoder('windows-1252') drops those
// bytes instead of mapping them — exactly the characters old Word files hold.
// The five bytes Windows leaves undefined keep their Latin-1 control code.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Decodes Windows-1252 ("ANSI" on Western Windows) without relying on the runtime's ICU. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chars: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : byte,
    );
    chars.push(String.fromCharCode(...codes));
  }
  return chars.join('');
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Reads a text file's bytes: a BOM decides UTF-8 or UTF-16 (LE/BE); without
 * one the bytes must be valid UTF-8, else they are read as Windows-1252 —
 * what Notepad and old Word wrote — and `guessed` says so. Bytes that are not
 * UTF-8 never become replacement characters: a guess the user is told of beats
 * words silently lost.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    // ignoreBOM: false (the default) drops the BOM itself.
    return { text: new TextDecoder(encoding).decode(bytes), encoding, guessed: false };
  }
  try {
    // A UTF-8 BOM is dropped by the decoder itself (ignoreBOM is false by default).
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8', guessed: false };
  } catch {
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    return { text: decodeWindows1252(body), encoding: 'windows-1252', guessed: true };
  }
}
