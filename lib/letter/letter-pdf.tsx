// The letter as a PDF, from the text the user edited (what the box shows is what the file
// holds). Client-only, loaded with `await import()` on "Download as PDF" so the PDF engine and
// fonts add nothing to the letter page's first load. Interim: drawn with the summary's current
// engine (react-pdf) and its self-hosted fonts until the new document-level PDF API lands.
import { Document, Page, pdf, StyleSheet, View } from "@react-pdf/renderer";

import type { Locale } from "@/lib/i18n/locale";
import { htmlLang } from "@/lib/i18n/routing";
import { prepareFonts } from "@/lib/pdf/fonts";
import { Text } from "@/lib/pdf/pdf-text";

const styles = StyleSheet.create({
  page: { paddingTop: 56, paddingBottom: 56, paddingHorizontal: 62, fontSize: 10.5, color: "#1a1a1a" },
  body: { fontSize: 10.5, lineHeight: 1.5 },
  paragraph: { marginBottom: 9 },
});

export interface LetterPdfInput {
  /** The letter as the user left it: paragraphs separated by blank lines. */
  text: string;
  title: string;
  locale: Locale;
  /** Where the fonts are; the app's /fonts/ unless a unit test says otherwise. */
  fontBase?: string;
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

export async function makeLetterPdf({ text, title, locale, fontBase }: LetterPdfInput): Promise<Blob> {
  const fonts = await prepareFonts(text, fontBase);
  const document = (
    <Document
      title={title}
      creator="Commission Check"
      producer="Commission Check"
      language={htmlLang(locale)}
    >
      <Page size="A4" style={[styles.page, { fontFamily: fonts }]}>
        <View style={styles.body}>
          {letterParagraphs(text).map((lines, i) => (
            <View key={i} style={styles.paragraph} wrap={lines.length > 6}>
              {lines.map((line, j) => (
                <Text key={j}>{line || " "}</Text>
              ))}
            </View>
          ))}
        </View>
      </Page>
    </Document>
  );
  return pdf(document).toBlob();
}
