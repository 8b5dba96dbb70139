// Static export only: there is no server, so nothing a user types can reach one.
const createNextIntlPlugin = require("next-intl/plugin");

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
};

module.exports = createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
