// Draws Vigie's icon (a lookout's eye on a blue shield-like tile) at each manifest size as PNG.
// Run once with `node scripts/make-icons.mjs`; the PNGs are committed under public/icons.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
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
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function pixel(x, y, s) {
  // Coordinates in [-1, 1].
  const u = (2 * (x + 0.5)) / s - 1;
  const v = (2 * (y + 0.5)) / s - 1;
  const r = 0.28; // tile corner radius
  const qx = Math.max(Math.abs(u) - (1 - r), 0);
  const qy = Math.max(Math.abs(v) - (1 - r), 0);
  if (Math.hypot(qx, qy) > r) return [0, 0, 0, 0];
  // Eye: intersection of two circles forms an almond shape.
  const inEye = Math.hypot(u, v - 0.9) < 1.25 && Math.hypot(u, v + 0.9) < 1.25;
  const pupil = Math.hypot(u, v) < 0.26;
  const glint = Math.hypot(u - 0.09, v + 0.09) < 0.07;
  if (glint) return [255, 255, 255, 255];
  if (pupil) return [16, 42, 84, 255];
  if (inEye) return [255, 255, 255, 255];
  return [0, 84, 166, 255];
}

mkdirSync(new URL('../public/icons/', import.meta.url), { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const ss = 4; // supersampling
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let i = 0; i < ss; i++)
        for (let j = 0; j < ss; j++) {
          const p = pixel(x * ss + i, y * ss + j, size * ss);
          for (let k = 0; k < 3; k++) acc[k] += p[k] * p[3];
          acc[3] += p[3];
        }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const a = acc[3] / (ss * ss);
      for (let k = 0; k < 3; k++) raw[o + k] = acc[3] ? Math.round(acc[k] / acc[3]) : 0;
      raw[o + 3] = Math.round(a);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), png);
}
console.log('icons written to public/icons');
