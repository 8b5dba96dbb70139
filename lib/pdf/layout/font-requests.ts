// Which text faces a document draws with, and one fetch per font file for the page's lifetime.
// Small and free of pdfkit, so the "Download PDF" button can start fetching the faces while the
// PDF code itself is still loading (components/summary/download-pdf.tsx); the layout's reader
// (./fonts.ts) then takes the same responses instead of asking again.
import fontFiles from "./font-files.json";

/**
 * The text faces. A text with a CJK character (a Chinese summary, an English one naming a Chinese
 * client) uses Noto Sans SC's Latin + GB2312 + app-text subsets; any other text the same fonts'
 * Latin, Greek, Cyrillic and symbols only (scripts/fonts.mjs cuts both pairs from the same
 * fonts): 0.24 MB to fetch instead of 2.9 MB. The pattern is the one fonts.mjs splits by, so
 * "not CJK and not in the Latin face" means "in neither face".
 */
const CJK = new RegExp(fontFiles.cjk, "u");
const FACES = {
  cjk: { regular: "sans-regular.ttf", bold: "sans-bold.ttf" },
  latin: { regular: "latin-regular.ttf", bold: "latin-bold.ttf" },
} as const;
export type Faces = (typeof FACES)[keyof typeof FACES];

/** The regular and bold faces for a document whose characters are `text`. */
export const facesFor = (text: string): Faces => (CJK.test(text) ? FACES.cjk : FACES.latin);

export const FONT_BASE = "/fonts/";

const requests = new Map<string, Promise<ArrayBuffer>>();

/** Fetches a font file once; a failed fetch is forgotten, so the next PDF asks again. */
export function requestFont(file: string, base = FONT_BASE): Promise<ArrayBuffer> {
  const url = `${base}${file}`;
  let request = requests.get(url);
  if (!request) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      return response.arrayBuffer();
    });
    requests.set(url, request);
    request.catch(() => requests.delete(url));
  }
  return request;
}

/** Starts fetching the faces a document with this text needs (a failure is left to the PDF). */
export function requestFaces(text: string): void {
  const faces = facesFor(text);
  for (const file of [faces.regular, faces.bold]) requestFont(file).catch(() => {});
}
