// First-load JavaScript of every exported page: the external <script src> chunks its HTML loads
// (without the noModule polyfill, which modern browsers skip), raw and gzip -9. The baseline is
// out/404.html, the app's plainest page: Next + React and nothing of ours.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

import { htmlFiles } from "../html-files.mjs";

const SCRIPT_SRC = /<script src="([^"]+)"([^>]*)>/g;

export function firstLoad(outDir, htmlPath) {
  const html = readFileSync(htmlPath, "utf8");
  let raw = 0;
  let gzip = 0;
  let count = 0;
  for (const [, src, attrs] of html.matchAll(SCRIPT_SRC)) {
    if (/noModule/i.test(attrs)) continue;
    const body = readFileSync(join(outDir, src));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
    count += 1;
  }
  return { raw, gzip, count };
}

export function measureFirstLoad(outDir = "out") {
  const baseline = firstLoad(outDir, join(outDir, "404.html"));
  const rows = [];
  for (const file of htmlFiles(outDir)) {
    const route =
      "/" +
      relative(outDir, file)
        .replace(/index\.html$/, "")
        .replace(/\.html$/, "");
    if (!route.startsWith("/en/") && route !== "/") continue;
    const size = firstLoad(outDir, file);
    rows.push({ route, ...size, ratio: size.gzip / baseline.gzip });
  }
  return { baseline, rows: rows.sort((a, b) => a.route.localeCompare(b.route)) };
}

export function printFirstLoad({ baseline, rows }) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `\nFirst-load JS (gzip -9), baseline /404.html: ${kb(baseline.gzip)} gzip, ${kb(baseline.raw)} raw`,
  );
  console.log(
    "route".padEnd(28) + "scripts".padStart(8) + "raw".padStart(12) + "gzip".padStart(12) + "  × baseline",
  );
  for (const r of rows) {
    console.log(
      r.route.padEnd(28) +
        String(r.count).padStart(8) +
        kb(r.raw).padStart(12) +
        kb(r.gzip).padStart(12) +
        `  ${r.ratio.toFixed(2)}×`,
    );
  }
}
