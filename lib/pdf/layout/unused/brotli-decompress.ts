// Stand-in for `brotli/decompress.js` in the browser build (see README.md here): fontkit needs it
// only for WOFF2 fonts, and every font the PDF embeds is TrueType.
export default function decompress(): never {
  throw new Error("WOFF2 fonts are not supported here: the PDF embeds TrueType fonts only");
}
