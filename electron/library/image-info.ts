import { IMAGE_TYPES, type ImageMediaType } from '../../shared/ipc/stored-image';

/** An image's real format and its size as a reader sees it, read from its bytes. */
export interface ImageInfo {
  readonly mediaType: ImageMediaType;
  readonly extension: (typeof IMAGE_TYPES)[ImageMediaType];
  readonly width: number;
  readonly height: number;
}

type Size = { width: number; height: number } | null;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, expected: readonly number[], at = 0): boolean {
  if (bytes.length < at + expected.length) return false;
  return expected.every((byte, i) => bytes[at + i] === byte);
}

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** PNG: the first chunk must be IHDR, which holds width and height (big-endian). */
function pngSize(bytes: Uint8Array): Size {
  if (bytes.length < 24 || !startsWith(bytes, ascii('IHDR'), 12)) return null;
  const data = view(bytes);
  return { width: data.getUint32(16), height: data.getUint32(20) };
}

/** GIF: the logical screen size follows the six-byte signature (little-endian). */
function gifSize(bytes: Uint8Array): Size {
  if (bytes.length < 10) return null;
  const data = view(bytes);
  return { width: data.getUint16(6, true), height: data.getUint16(8, true) };
}

/** WebP: RIFF container; the size sits in the first chunk, VP8 (lossy), VP8L (lossless) or VP8X (extended). */
function webpSize(bytes: Uint8Array): Size {
  if (bytes.length < 30) return null;
  const data = view(bytes);
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk === 'VP8 ') {
    // A key frame: 3-byte frame tag, start code 9d 01 2a, then 14-bit sizes.
    if (!startsWith(bytes, [0x9d, 0x01, 0x2a], 23)) return null;
    return { width: data.getUint16(26, true) & 0x3fff, height: data.getUint16(28, true) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    if (bytes[20] !== 0x2f) return null;
    const bits = data.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    const uint24 = (at: number) => data.getUint16(at, true) | (bytes[at + 2]! << 16);
    return { width: uint24(24) + 1, height: uint24(27) + 1 };
  }
  return null;
}

/** Start-of-frame markers (baseline, progressive, lossless, arithmetic); C4, C8 and CC are not frames. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
}

/**
 * The EXIF orientation (1–8) in an APP1 segment, or 1. Orientations 5–8 turn
 * the picture a quarter, so a reader sees width and height swapped.
 */
function exifOrientation(bytes: Uint8Array, start: number, end: number): number {
  if (!startsWith(bytes, [...ascii('Exif'), 0, 0], start)) return 1;
  const tiff = start + 6;
  if (tiff + 8 > end) return 1;
  const little = bytes[tiff] === 0x49; // "II" little-endian, "MM" big-endian
  const data = view(bytes);
  const ifd = tiff + data.getUint32(tiff + 4, little);
  if (ifd + 2 > end) return 1;
  const entries = data.getUint16(ifd, little);
  for (let i = 0; i < entries; i += 1) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return 1;
    if (data.getUint16(entry, little) === 0x0112) {
      const orientation = data.getUint16(entry + 8, little);
      return orientation >= 1 && orientation <= 8 ? orientation : 1;
    }
  }
  return 1;
}

/** JPEG: walks the marker segments to the first start-of-frame, noting the EXIF orientation. */
function jpegSize(bytes: Uint8Array): Size {
  const data = view(bytes);
  let orientation = 1;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    // Fill bytes, and markers that carry no length (RST0–7, TEM).
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    // End of image or start of scan before any frame header: not a usable image.
    if (marker === 0xd9 || marker === 0xda) return null;
    const length = data.getUint16(at + 2);
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) return null;
    if (marker === 0xe1 && orientation === 1) orientation = exifOrientation(bytes, at + 4, end);
    if (isStartOfFrame(marker)) {
      if (length < 7) return null;
      const height = data.getUint16(at + 5);
      const width = data.getUint16(at + 7);
      return orientation >= 5 ? { width: height, height: width } : { width, height };
    }
    at = end;
  }
  return null;
}

function sniff(bytes: Uint8Array): [ImageMediaType, (bytes: Uint8Array) => Size] | null {
  if (startsWith(bytes, PNG_SIGNATURE)) return ['image/png', pngSize];
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return ['image/jpeg', jpegSize];
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) {
    return ['image/gif', gifSize];
  }
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) {
    return ['image/webp', webpSize];
  }
  return null;
}

/**
 * Reads an image's format from its magic bytes — never from a file name or a
 * claimed type — and its width and height from its header. Null when the
 * bytes are not a PNG, JPEG, GIF or WebP whose size can be read.
 */
export function readImageInfo(bytes: Uint8Array): ImageInfo | null {
  const format = sniff(bytes);
  if (!format) return null;
  const [mediaType, readSize] = format;
  const size = readSize(bytes);
  if (!size || size.width <= 0 || size.height <= 0) return null;
  return { mediaType, extension: IMAGE_TYPES[mediaType], ...size };
}
