// Draws the ribbon and add-in icons (16, 32, 80 px) as PNG: a table with a check mark, in the
// Office blue. Pure Node (zlib) so the icons are reproducible from this file.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

const BLUE = [0x18, 0x5a, 0xbd, 255];
const WHITE = [255, 255, 255, 255];
const GREEN = [0x10, 0x7c, 0x10, 255];
const CLEAR = [0, 0, 0, 0];

const pixel = (size, x, y) => {
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  // Check mark in the lower right, drawn over everything.
  const onCheck = (ax, ay, bx, by, w) => {
    const t = Math.max(0, Math.min(1, ((u - ax) * (bx - ax) + (v - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(u - (ax + t * (bx - ax)), v - (ay + t * (by - ay))) < w;
  };
  const w = Math.max(0.06, 1.2 / size);
  if (onCheck(0.55, 0.78, 0.68, 0.9, w) || onCheck(0.68, 0.9, 0.95, 0.58, w)) return GREEN;
  const inside = u > 0.06 && u < 0.86 && v > 0.1 && v < 0.86;
  if (!inside) return CLEAR;
  const line = Math.max(1 / size, 0.05);
  const header = v < 0.3;
  const gridX = [0.36].some((gx) => Math.abs(u - gx) < line / 2);
  const gridY = [0.3, 0.48, 0.67].some((gy) => Math.abs(v - gy) < line / 2);
  const border = u < 0.06 + line || u > 0.86 - line || v < 0.1 + line || v > 0.86 - line;
  return header || gridX || gridY || border ? BLUE : WHITE;
};

const png = (size) => {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x += 1) {
      const [r, g, b, a] = pixel(size, x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

for (const size of [16, 32, 64, 80, 128]) writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), png(size));
