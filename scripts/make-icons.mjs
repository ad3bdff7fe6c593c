// Writes the toolbar icons as PNG without any image library: a rounded blue tile
// with a white envelope flap. Run once: `node scripts/make-icons.mjs`.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

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
  const r = s * 0.2,
    u = x / s,
    v = y / s;
  const cx = Math.min(Math.max(x, r), s - r),
    cy = Math.min(Math.max(y, r), s - r);
  if (Math.hypot(x - cx, y - cy) > r) return [0, 0, 0, 0];
  const inEnvelope = u > 0.18 && u < 0.82 && v > 0.28 && v < 0.72;
  if (inEnvelope) {
    const flap = Math.abs(v - 0.28 - (0.5 - Math.abs(u - 0.5)) * 0.55) < 0.06;
    return flap ? [0, 90, 180, 255] : [255, 255, 255, 255];
  }
  return [0, 103, 192, 255];
}

for (const s of [16, 32, 48, 128]) {
  const raw = Buffer.alloc((s * 4 + 1) * s);
  for (let y = 0; y < s; y++) {
    raw[y * (s * 4 + 1)] = 0;
    for (let x = 0; x < s; x++) raw.set(pixel(x + 0.5, y + 0.5, s), y * (s * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(s, 0);
  ihdr.writeUInt32BE(s, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const png = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  writeFileSync(new URL(`../public/icons/icon-${s}.png`, import.meta.url), png);
}
