// Stand-in for `fflate` in the browser build (see README.md here): pdfkit deflates its streams with
// it, but every object of the app's PDF is deflated by the browser's CompressionStream instead
// (../streams.ts), which leaves pdfkit nothing to compress.
export function zlibSync(): never {
  throw new Error("PDF streams are deflated by CompressionStream here (lib/pdf/layout/streams.ts)");
}
