// Stand-in for `@noble/ciphers/aes` in the browser build (see README.md here): pdfkit needs it only
// to encrypt a PDF, and the summary PDF is not password-protected.
function unavailable(): never {
  throw new Error("PDF encryption is not supported here");
}
export const cbc = unavailable;
export const ecb = unavailable;
