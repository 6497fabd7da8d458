// Draws the add-in's ribbon and store icons (assets/icon-16.png … icon-80.png) without image tools:
// a sheet with table rows and a green check mark, rendered by distance functions with 4×4 supersampling
// and written as RGBA PNGs with zlib. Run: node scripts/draw-icons.js
const { Buffer } = require('buffer');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const OUT = path.join(__dirname, '..', 'assets');

// Shapes in a 0..1 unit square; each returns true when the point is inside.
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return (x - ax - t * vx) ** 2 + (y - ay - t * vy) ** 2 <= (w / 2) ** 2;
};

// Painter's order: later layers cover earlier ones.
const LAYERS = [
  { color: [0x0f, 0x6c, 0xbd], inside: roundRect(0.08, 0.04, 0.8, 0.9, 0.08) }, // sheet (Office blue)
  { color: [0xff, 0xff, 0xff], inside: roundRect(0.18, 0.16, 0.7, 0.26, 0.02) }, // table rows
  { color: [0xff, 0xff, 0xff], inside: roundRect(0.18, 0.36, 0.7, 0.46, 0.02) },
  { color: [0xff, 0xff, 0xff], inside: roundRect(0.18, 0.56, 0.5, 0.66, 0.02) },
  { color: [0xff, 0xff, 0xff], inside: circle(0.72, 0.74, 0.26) }, // ring around the badge
  { color: [0x10, 0x7c, 0x10], inside: circle(0.72, 0.74, 0.21) }, // green badge
  { color: [0xff, 0xff, 0xff], inside: segment(0.61, 0.74, 0.69, 0.82, 0.07) }, // check mark
  { color: [0xff, 0xff, 0xff], inside: segment(0.69, 0.82, 0.84, 0.65, 0.07) },
];

function render(size) {
  const SS = 4;
  const px = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const u = (x + (sx + 0.5) / SS) / size;
          const v = (y + (sy + 0.5) / SS) / size;
          let hit = null;
          for (const layer of LAYERS) if (layer.inside(u, v)) hit = layer.color;
          if (hit) {
            r += hit[0];
            g += hit[1];
            b += hit[2];
            a += 1;
          }
        }
      }
      const i = (y * size + x) * 4;
      // Colour averaged over covered samples; alpha = coverage (straight, not premultiplied).
      px[i] = a ? Math.round(r / a) : 0;
      px[i + 1] = a ? Math.round(g / a) : 0;
      px[i + 2] = a ? Math.round(b / a) : 0;
      px[i + 3] = Math.round((255 * a) / (SS * SS));
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  const file = path.join(OUT, `icon-${size}.png`);
  fs.writeFileSync(file, png(size, render(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
