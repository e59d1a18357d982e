#!/usr/bin/env node
// Draws the app's icons from build/icon.svg, offline: the system's Chromium (through
// playwright-core, as the report printing does) renders the SVG at each size on a
// transparent background, then the PNGs are wrapped, by hand, in the Windows (.ico)
// and macOS (.icns) containers electron-builder wants. The outputs are committed;
// run `node scripts/make-icons.mjs` again only after changing the SVG.
//   build/icon.png   1024×1024 (Linux, and electron-builder's fallback)
//   build/icon.ico   16…256 px PNG entries (Windows: window, taskbar, installer)
//   build/icon.icns  ic07…ic14 PNG entries, 16@2x…512@2x (macOS)
import { chromium } from 'playwright-core';
import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const BUILD = join(ROOT, 'build');
const CHROMIUM = process.env.JALON_CHROMIUM ?? '/usr/bin/chromium';

const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS types holding PNG data, by pixel size.
const ICNS_TYPES = [
  ['ic11', 32], // 16@2x
  ['ic12', 64], // 32@2x
  ['ic07', 128],
  ['ic13', 256], // 128@2x
  ['ic08', 256],
  ['ic14', 512], // 256@2x
  ['ic09', 512],
  ['ic10', 1024], // 512@2x
];

async function renderPngs(svg, sizes) {
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const pngs = new Map();
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">` +
          `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" ` +
          `width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.locator('img').evaluate((img) => img.decode());
      pngs.set(size, await page.screenshot({ omitBackground: true }));
      await page.close();
    }
    return pngs;
  } finally {
    await browser.close();
  }
}

/** An ICO file whose images are PNGs (Windows Vista and later read those). */
export function icoOf(entries) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(entries.length, 4);
  const directory = Buffer.alloc(16 * entries.length);
  let offset = header.length + directory.length;
  entries.forEach(({ size, png }, i) => {
    const at = 16 * i;
    directory.writeUInt8(size >= 256 ? 0 : size, at); // 0 means 256
    directory.writeUInt8(size >= 256 ? 0 : size, at + 1);
    directory.writeUInt8(0, at + 2); // no palette
    directory.writeUInt8(0, at + 3); // reserved
    directory.writeUInt16LE(1, at + 4); // colour planes
    directory.writeUInt16LE(32, at + 6); // bits per pixel
    directory.writeUInt32LE(png.length, at + 8);
    directory.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, directory, ...entries.map(({ png }) => png)]);
}

/** An ICNS file: 'icns', its length, then (type, length, PNG data) for each entry. */
export function icnsOf(entries) {
  const blocks = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + blocks.reduce((sum, block) => sum + block.length, 0), 4);
  return Buffer.concat([head, ...blocks]);
}

const svg = readFileSync(join(BUILD, 'icon.svg'), 'utf8');
const sizes = [...new Set([...ICO_SIZES, ...ICNS_TYPES.map(([, size]) => size), 1024])];
const pngs = await renderPngs(svg, sizes);
writeFileSync(join(BUILD, 'icon.png'), pngs.get(1024));
writeFileSync(
  join(BUILD, 'icon.ico'),
  icoOf(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))),
);
writeFileSync(
  join(BUILD, 'icon.icns'),
  icnsOf(ICNS_TYPES.map(([type, size]) => ({ type, png: pngs.get(size) }))),
);
process.stdout.write('Jalon: build/icon.png, build/icon.ico and build/icon.icns written\n');
