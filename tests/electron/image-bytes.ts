// Real image files, made in the test: a PNG and a baseline JPEG any decoder
// reads (Chromium shows them), a tiny lossless WebP, and a GIF.
import { crc32, deflateSync } from 'node:zlib';

function u16be(value: number): number[] {
  return [(value >> 8) & 0xff, value & 0xff];
}

function u32be(value: number): number[] {
  return [...u16be(value >>> 16), ...u16be(value & 0xffff)];
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  return Buffer.concat([Buffer.from(u32be(data.length)), typed, Buffer.from(u32be(crc32(typed)))]);
}

/** A width × height RGB PNG, every pixel `rgb`. */
export function makePng(width: number, height: number, rgb = [200, 40, 40]): Buffer {
  const row = Buffer.from([0, ...Array.from({ length: width }, () => rgb).flat()]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  const header = Buffer.from([...u32be(width), ...u32be(height), 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(pixels)),
    pngChunk('IEND', new Uint8Array()),
  ]);
}

function segment(marker: number, data: number[]): number[] {
  return [0xff, marker, ...u16be(data.length + 2), ...data];
}

/** An EXIF APP1 segment holding only the orientation tag (big-endian TIFF). */
function exifOrientation(orientation: number): number[] {
  const tiff = [0x4d, 0x4d, 0, 42, ...u32be(8)];
  const ifd = [...u16be(1), ...u16be(0x0112), ...u16be(3), ...u32be(1)];
  return segment(0xe1, [
    ...Buffer.from('Exif\0\0', 'latin1'),
    ...tiff,
    ...ifd,
    ...u16be(orientation),
    0,
    0,
    ...u32be(0),
  ]);
}

/**
 * A width × height grey baseline JPEG. Each Huffman table has a single
 * one-bit code (DC "no change", AC "end of block"), so every 8×8 block is
 * two zero bits: a real JPEG without an encoder.
 */
export function makeJpeg(width: number, height: number, orientation?: number): Buffer {
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const scan = Buffer.alloc(Math.ceil((blocks * 2) / 8), 0);
  // Pad the last byte with one-bits, as the standard asks.
  const used = (blocks * 2) % 8;
  if (used) scan[scan.length - 1] = 0xff >> used;
  const singleCode = (tableClass: number) => [tableClass, 1, ...new Array(15).fill(0), 0];
  return Buffer.from([
    0xff,
    0xd8,
    ...segment(0xe0, [...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...(orientation ? exifOrientation(orientation) : []),
    ...segment(0xdb, [0, ...new Array(64).fill(1)]),
    ...segment(0xc0, [8, ...u16be(height), ...u16be(width), 1, 1, 0x11, 0]),
    ...segment(0xc4, singleCode(0x00)),
    ...segment(0xc4, singleCode(0x10)),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    ...scan,
    0xff,
    0xd9,
  ]);
}

/** A 1 × 1 lossless WebP (the image browsers use to detect WebP support). */
export const WEBP_1X1 = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64');

/** A 1 × 1 GIF89a. */
export const GIF_1X1 = Buffer.from(
  'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
  'base64',
);
