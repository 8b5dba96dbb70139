// The letter as a PDF, from the text the user edited (what the box shows is what the file
// holds), drawn by the app's PDF layout (lib/pdf/layout). Client code imports it only with
// `await import()` on "Download as PDF", so the layout and fonts add nothing to a first load.
import type { Block } from "@/lib/pdf/layout/document";
import type { FontReader } from "@/lib/pdf/layout/fonts";
import { renderPdf } from "@/lib/pdf/layout/render";
import type { Locale } from "@/lib/base/locale";
import { htmlLang } from "@/lib/i18n/routing";

export interface LetterPdfInput {
  /** The letter as the user left it: paragraphs separated by blank lines. */
  text: string;
  title: string;
  locale: Locale;
  /** Reads a font file; by default fetched from the app's /fonts/ (unit tests read the disk). */
  readFont?: FontReader;
}

/** Paragraphs (split at blank lines), each a list of its lines. */
export function letterParagraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n(?:[ \t]*\n)+/)
    .map((p) => p.split("\n").map((line) => line.trimEnd()))
    .map((lines) => lines.slice(lines.findIndex(Boolean), lines.findLastIndex(Boolean) + 1))
    .filter((lines) => lines.length > 0 && lines.some(Boolean));
}

/** Each line of the letter is a paragraph of its own; a blank line leaves space before the next. */
export function letterBlocks(text: string): Block[] {
  return letterParagraphs(text).flatMap((lines) =>
    lines.map((line, i): Block => ({
      kind: "paragraph",
      text: line || " ",
      size: 10.5,
      lineHeight: 1.5,
      spaceAfter: i === lines.length - 1 ? 9 : 0,
    })),
  );
}

export async function makeLetterPdf({ text, title, locale, readFont }: LetterPdfInput): Promise<Blob> {
  const bytes = await renderPdf(
    { lang: htmlLang(locale), title, blocks: letterBlocks(text) },
    { readFont, fontCacheKey: readFont ? "custom" : undefined },
  );
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/pdf" });
}
