// An image's format and size, read from its bytes alone.
import { describe, expect, it } from 'vitest';
import { readImageInfo } from '../../electron/library/image-info';
import { GIF_1X1, makeJpeg, makePng, WEBP_1X1 } from './image-bytes';

/** A RIFF/WEBP container whose first chunk is `chunk` with `payload`. */
function webp(chunk: string, payload: number[]): Buffer {
  const data = Buffer.from([
    ...Buffer.from(chunk, 'latin1'),
    ...[payload.length, 0, 0, 0],
    ...payload,
  ]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(data.length + 4);
  return Buffer.concat([Buffer.from('RIFF'), size, Buffer.from('WEBP'), data]);
}

describe('readImageInfo', () => {
  it('reads a PNG', () => {
    expect(readImageInfo(makePng(640, 427))).toEqual({
      mediaType: 'image/png',
      extension: 'png',
      width: 640,
      height: 427,
    });
  });

  it('reads a JPEG, past its JFIF and table segments', () => {
    expect(readImageInfo(makeJpeg(1200, 801))).toEqual({
      mediaType: 'image/jpeg',
      extension: 'jpg',
      width: 1200,
      height: 801,
    });
  });

  it('gives a JPEG turned a quarter by EXIF the size a reader sees', () => {
    expect(readImageInfo(makeJpeg(1200, 801, 6))).toMatchObject({ width: 801, height: 1200 });
    expect(readImageInfo(makeJpeg(1200, 801, 8))).toMatchObject({ width: 801, height: 1200 });
    expect(readImageInfo(makeJpeg(1200, 801, 3))).toMatchObject({ width: 1200, height: 801 });
  });

  it('reads a GIF', () => {
    expect(readImageInfo(GIF_1X1)).toEqual({
      mediaType: 'image/gif',
      extension: 'gif',
      width: 1,
      height: 1,
    });
    const wide = Buffer.from(GIF_1X1);
    wide.writeUInt16LE(500, 6);
    wide.writeUInt16LE(300, 8);
    expect(readImageInfo(wide)).toMatchObject({ width: 500, height: 300 });
  });

  it('reads WebP: lossless, lossy and extended', () => {
    expect(readImageInfo(WEBP_1X1)).toEqual({
      mediaType: 'image/webp',
      extension: 'webp',
      width: 1,
      height: 1,
    });
    // VP8L: 14-bit width-1 and height-1 packed after the 0x2f signature.
    const bits = (800 - 1) | ((600 - 1) << 14);
    const lossless = webp('VP8L', [
      0x2f,
      ...new Uint8Array(new Uint32Array([bits]).buffer),
      0,
      0,
      0,
      0,
      0,
    ]);
    expect(readImageInfo(lossless)).toMatchObject({ width: 800, height: 600 });
    // VP8: frame tag, start code 9d 01 2a, 14-bit sizes (top bits are scaling).
    const lossy = webp('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 0x20, 0x43, 0x58, 0x82]);
    expect(readImageInfo(lossy)).toMatchObject({ width: 800, height: 600 });
    // VP8X: flags, reserved, then 24-bit canvas width-1 and height-1.
    const extended = webp('VP8X', [0, 0, 0, 0, 0x7f, 0x07, 0, 0x57, 0x02, 0]);
    expect(readImageInfo(extended)).toMatchObject({ width: 1920, height: 600 });
  });

  it.each([
    ['text', Buffer.from('Turkish tanks cross Syrian border', 'utf8')],
    ['nothing', Buffer.alloc(0)],
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['a PDF', Buffer.from('%PDF-1.7\n')],
    ['a PNG signature and nothing else', makePng(2, 2).subarray(0, 8)],
    ['a PNG whose size is zero', Buffer.from(makePng(2, 2)).fill(0, 16, 24)],
    ['a JPEG cut before its frame header', makeJpeg(20, 20).subarray(0, 30)],
    [
      'a JPEG with no frame before the scan',
      Buffer.from([0xff, 0xd8, 0xff, 0xda, 0, 2, 0xff, 0xd9]),
    ],
    ['a GIF signature only', Buffer.from('GIF89a')],
    [
      'a RIFF that is a WAV',
      Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00'),
    ],
    ['a WebP with an unknown chunk', webp('ABCD', new Array(20).fill(0))],
  ])('refuses %s', (_name, bytes) => {
    expect(readImageInfo(bytes)).toBeNull();
  });
});
