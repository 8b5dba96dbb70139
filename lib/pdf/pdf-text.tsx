import { Text as PdfText } from "@react-pdf/renderer";
import type { ComponentProps } from "react";

/** Never a hyphenation break. This forbids react-pdf's break with a hyphen after a piece of a
 * split word (fonts.ts splits Chinese and overlong runs), so lines end only between pieces. */
const NO_HYPHEN_BREAK = 10_000;

export function Text(props: ComponentProps<typeof PdfText>) {
  return <PdfText hyphenationPenalty={NO_HYPHEN_BREAK} {...props} />;
}
