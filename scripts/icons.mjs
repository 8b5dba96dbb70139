// `node scripts/icons.mjs`: draws the app's icons from public/icons/icon.svg with the same
// Chromium the tests use, and writes the PNGs the web app manifest names (192 and 512 px, and a
// maskable 512 px with the safe-zone padding), the 180 px Apple touch icon and public/favicon.ico
// (a 32 px PNG inside an ICO container). The outputs are committed; run this after changing the SVG.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

import { chromium } from "@playwright/test";

const svg = readFileSync("public/icons/icon.svg", "utf8");
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
const page = await browser.newPage();

/** The SVG drawn at `size` px; `padding` (a fraction) shrinks it onto the brand colour (maskable). */
async function png(size, padding = 0) {
  await page.setViewportSize({ width: size, height: size });
  const inner = Math.round(size * (1 - 2 * padding));
  const art = svg.replace("<svg ", `<svg width="${inner}" height="${inner}" `);
  await page.setContent(
    `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;` +
      `background:${padding ? "#0b5cad" : "transparent"}">${art}</body>`,
  );
  return page.screenshot({ omitBackground: !padding, clip: { x: 0, y: 0, width: size, height: size } });
}

/** An ICO file holding one PNG image (allowed since Windows Vista; every browser reads it). */
function ico(image, size) {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(image.length, 14);
  header.writeUInt32LE(22, 18); // offset of the image
  return Buffer.concat([header, image]);
}

writeFileSync("public/icons/icon-192.png", await png(192));
writeFileSync("public/icons/icon-512.png", await png(512));
// Maskable: the platform may cut the icon to a circle; the art stays inside the central 80 %.
writeFileSync("public/icons/icon-maskable-512.png", await png(512, 0.1));
writeFileSync("public/icons/apple-touch-icon.png", await png(180, 0.06));
writeFileSync("public/favicon.ico", ico(await png(32), 32));
await browser.close();
console.log("icons: wrote public/icons/*.png and public/favicon.ico");
