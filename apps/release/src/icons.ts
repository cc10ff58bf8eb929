import { ManifestError } from './errors.js';

/** Width, height and whether the PNG can hold transparency (colour type with alpha). */
export interface PngInfo {
  width: number;
  height: number;
  hasAlpha: boolean;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Reads a PNG's header. */
export function pngInfo(png: Uint8Array): PngInfo {
  const buf = Buffer.from(png);
  if (buf.length < 33 || !buf.subarray(0, 8).equals(SIGNATURE) || buf.toString('ascii', 12, 16) !== 'IHDR') {
    throw new ManifestError('Not a PNG image.');
  }
  const colourType = buf[25];
  return {
    width: buf.readUInt32BE(16),
    height: buf.readUInt32BE(20),
    hasAlpha: colourType === 4 || colourType === 6,
  };
}

/** Checks the two icons Teams requires: colour 192×192, outline 32×32 with transparency. */
export function checkIcons(color: Uint8Array, outline: Uint8Array): void {
  const problems: string[] = [];
  const c = pngInfo(color);
  const o = pngInfo(outline);
  if (c.width !== 192 || c.height !== 192)
    problems.push(`color.png must be 192×192 (is ${c.width}×${c.height})`);
  if (o.width !== 32 || o.height !== 32)
    problems.push(`outline.png must be 32×32 (is ${o.width}×${o.height})`);
  if (!o.hasAlpha) problems.push('outline.png must have a transparent background (PNG with alpha)');
  if (problems.length) throw new ManifestError('The app icons do not meet Teams’ rules:', problems);
}
