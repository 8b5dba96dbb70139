// The PDF layout's public surface: build a `PdfDocument` (./document.ts), render it to bytes.
// Import it with `await import("@/lib/pdf/layout")` from a click handler, so pdfkit and the fonts
// stay out of every page's first load.
export type { Bars, Block, Cell, Inline, PdfDocument, Span, TextStyle } from "./document";
export type { FontReader } from "./fonts";
export { INK, MUTED, RULE, renderPdf, type RenderOptions } from "./render";
