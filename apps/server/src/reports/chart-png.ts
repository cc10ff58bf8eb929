import { deflateSync } from 'node:zlib';

/** One bar: a number under it (its position in the legend) and its value 0–100, or null (no value: an empty frame). */
export interface ChartBar {
  value: number | null;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** 3×5 pixel digits (and `%`), each row three bits, for the numbers on the chart. */
const GLYPHS: Record<string, number[]> = {
  '0': [7, 5, 5, 5, 7],
  '1': [2, 6, 2, 2, 7],
  '2': [7, 1, 7, 4, 7],
  '3': [7, 1, 7, 1, 7],
  '4': [5, 5, 7, 1, 1],
  '5': [7, 4, 7, 1, 7],
  '6': [7, 4, 7, 5, 7],
  '7': [7, 1, 1, 2, 2],
  '8': [7, 5, 7, 5, 7],
  '9': [7, 5, 7, 1, 7],
  '%': [5, 1, 2, 4, 5],
};

type Rgb = readonly [number, number, number];

class Canvas {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 3).fill(255);
  }
  rect(x: number, y: number, w: number, h: number, color: Rgb): void {
    for (let yy = Math.max(0, y); yy < Math.min(this.height, y + h); yy++)
      for (let xx = Math.max(0, x); xx < Math.min(this.width, x + w); xx++) {
        const i = (yy * this.width + xx) * 3;
        this.pixels[i] = color[0];
        this.pixels[i + 1] = color[1];
        this.pixels[i + 2] = color[2];
      }
  }
  frame(x: number, y: number, w: number, h: number, color: Rgb, t = 2): void {
    this.rect(x, y, w, t, color);
    this.rect(x, y + h - t, w, t, color);
    this.rect(x, y, t, h, color);
    this.rect(x + w - t, y, t, h, color);
  }
  /** Writes digits centred on `cx`, `scale` pixels per glyph pixel. */
  text(text: string, cx: number, y: number, scale: number, color: Rgb): void {
    const width = text.length * 4 * scale - scale;
    let x = Math.round(cx - width / 2);
    for (const ch of text) {
      const glyph = GLYPHS[ch];
      if (glyph)
        glyph.forEach((row, r) => {
          for (let c = 0; c < 3; c++)
            if (row & (4 >> c)) this.rect(x + c * scale, y + r * scale, scale, scale, color);
        });
      x += 4 * scale;
    }
  }
  png(): Buffer {
    const raw = Buffer.alloc((this.width * 3 + 1) * this.height);
    for (let y = 0; y < this.height; y++) {
      raw[y * (this.width * 3 + 1)] = 0;
      raw.set(
        this.pixels.subarray(y * this.width * 3, (y + 1) * this.width * 3),
        y * (this.width * 3 + 1) + 1,
      );
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', new Uint8Array()),
    ]);
  }
}

const INK: Rgb = [36, 36, 36];
const BAR: Rgb = [0, 84, 166]; // dark blue: 7.9:1 against white
const GRID: Rgb = [200, 200, 200];

/** Size of the charts the report draws, in pixels. */
export const CHART_SIZE = { width: 600, height: 260 };

/**
 * Draws a bar chart of progress (0–100 %) as a PNG: one bar per initiative, its value above it and its
 * number below it (the legend under the chart names them); a bar with no value is an empty frame. Text
 * alternatives are the caller's: the image itself carries only numbers.
 */
export function progressChartPng(bars: readonly ChartBar[]): Buffer {
  const { width, height } = CHART_SIZE;
  const canvas = new Canvas(width, height);
  const left = 20;
  const top = 30;
  const bottom = height - 30;
  const plot = bottom - top;
  for (const tick of [0, 25, 50, 75, 100])
    canvas.rect(left, bottom - Math.round((plot * tick) / 100), width - 40, 1, GRID);
  const slot = (width - 2 * left) / Math.max(1, bars.length);
  const barWidth = Math.max(8, Math.min(60, Math.floor(slot * 0.6)));
  bars.forEach((bar, index) => {
    const cx = Math.round(left + slot * index + slot / 2);
    const x = cx - Math.floor(barWidth / 2);
    if (bar.value === null) {
      canvas.frame(x, bottom - 12, barWidth, 12, INK);
    } else {
      const value = Math.max(0, Math.min(100, Math.round(bar.value)));
      const h = Math.max(2, Math.round((plot * value) / 100));
      canvas.rect(x, bottom - h, barWidth, h, BAR);
      canvas.text(`${value}%`, cx, bottom - h - 14, 2, INK);
    }
    canvas.text(String(index + 1), cx, bottom + 8, 3, INK);
  });
  canvas.rect(left, bottom, width - 40, 2, INK);
  return canvas.png();
}
