// Static export only: there is no server, so nothing a user types can reach one.
// No Next.js telemetry from a build, however it is started: `next build` reads this variable after
// loading this file. The npm scripts set it for every command (`next dev` records in a parent
// process that never loads this file).
process.env.NEXT_TELEMETRY_DISABLED = "1";
const { createHash } = require("node:crypto");
const { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const createNextIntlPlugin = require("next-intl/plugin");

// Turbopack's persistent cache (.next/cache/turbopack) does not notice that a loader of ours
// changed, and would keep serving modules the old loader made: drop it when one has.
const LOADERS = ["scripts/bundle-module-loader.cjs"];
const loadersHash = createHash("sha256")
  .update(LOADERS.map((file) => readFileSync(join(__dirname, file), "utf8")).join("\0"))
  .digest("hex");
const hashFile = join(__dirname, ".next", "cache", "loaders.sha256");
if (!existsSync(hashFile) || readFileSync(hashFile, "utf8") !== loadersHash) {
  rmSync(join(__dirname, ".next", "cache", "turbopack"), { recursive: true, force: true });
  mkdirSync(join(__dirname, ".next", "cache"), { recursive: true });
  writeFileSync(hashFile, loadersHash);
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "export",
  trailingSlash: true,
  poweredByHeader: false,
  productionBrowserSourceMaps: false,
  images: { unoptimized: true },
  // `npm test` runs `tsc --noEmit` over the whole project before it builds; checking again inside
  // `next build` would only double the time.
  typescript: { ignoreBuildErrors: true },
  turbopack: {
    // Dependencies of pdfkit and fontkit the summary PDF never uses (WOFF2 decoding with its
    // dictionary, encryption, PNG images, fflate's deflate): stand-ins that throw keep ~75 KB gzip
    // out of the PDF chunk. Browser build only; lib/pdf/layout/unused/README.md says why each is unused.
    resolveAlias: {
      "brotli/decompress.js": { browser: "./lib/pdf/layout/unused/brotli-decompress.ts" },
      "@noble/ciphers/aes": { browser: "./lib/pdf/layout/unused/aes.ts" },
      "png-js": { browser: "./lib/pdf/layout/unused/png.ts" },
      fflate: { browser: "./lib/pdf/layout/unused/fflate.ts" },
    },
    rules: {
      // The app's zod, bundled by rolldown so a page ships only the zod it uses (the loader says why).
      "*.ts": [
        {
          condition: { path: /^lib\/base\/zod\.ts$/ },
          loaders: [`./${LOADERS[0]}`],
          as: "*.js",
        },
      ],
    },
  },
};

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    // Every message file is compiled when the app is built (the app's own texts, each checklist
    // version's and the letter's), so the browser formats compiled messages and never downloads
    // the ICU parser (about 12 KB gzip on every page). Tests and scripts read the JSON as written.
    messages: { path: "messages", format: "json", locales: "infer", precompile: true },
  },
})(nextConfig);

// next-intl's rule names its message folders by a glob; ours are messages/ and every
// messages/ folder under lib/ (each checklist version's, split by who reads it into en.json,
// en.form.json and en.reading.json, and the letter's): a path pattern says so.
const catalogRule = withNextIntl.turbopack.rules["*.json"];
withNextIntl.turbopack.rules["*.json"] = {
  ...catalogRule,
  condition: { path: /(^|[\\/])messages[\\/](en|zh)(\.form|\.reading)?\.json$/ },
};

module.exports = withNextIntl;
