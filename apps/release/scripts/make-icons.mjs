// Draws the app icons (a plan as three timeline bars) and writes manifest/assets/color.png (192×192, blue
// background, white bars) and outline.png (32×32, white bars on transparency). Run once; the PNGs are committed.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

function png(width, height, pixel) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width * 4 + 1)] = 0;
    for (let x = 0; x < width; x += 1) raw.set(pixel(x, y), y * (width * 4 + 1) + 1 + x * 4);
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Bars in a unit square: [x0, x1, y0, y1].
const bars = [
  [0.18, 0.62, 0.22, 0.34],
  [0.32, 0.82, 0.44, 0.56],
  [0.24, 0.7, 0.66, 0.78],
];
const onBar = (u, v) => bars.some(([x0, x1, y0, y1]) => u >= x0 && u <= x1 && v >= y0 && v <= y1);

const white = [255, 255, 255, 255];
const blue = [0x0b, 0x5a, 0xa8, 255];
const clear = [0, 0, 0, 0];
writeFileSync(
  new URL('../assets/color.png', import.meta.url),
  png(192, 192, (x, y) => (onBar(x / 192, y / 192) ? white : blue)),
);
writeFileSync(
  new URL('../assets/outline.png', import.meta.url),
  png(32, 32, (x, y) => (onBar((x + 0.5) / 32, (y + 0.5) / 32) ? white : clear)),
);
console.log('icons written');
