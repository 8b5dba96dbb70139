// The PDF layout's document model: what a PDF says, as plain data, with no coordinates. Any feature
// that prints (the risk summary, a client letter) builds a `PdfDocument` and hands it to
// `renderPdf()` (./render.ts); the layout sets it on A4 pages with the app's fonts.
//
//   const bytes = await renderPdf({
//     lang: "zh",
//     title: "致客户的函",                       // PDF metadata, and the running title from page 2
//     footer: { text: "编号 42", pageNumbers: (page, pages) => `第 ${page} 页，共 ${pages} 页` },
//     blocks: [
//       { kind: "title", text: "致客户的函" },
//       { kind: "heading", text: "一、事由" },        // never left alone at the foot of a page
//       { kind: "paragraph", text: ["贵司委托的", { text: "铁路调查", bold: true }, "……"] },
//       { kind: "list", ordered: true, items: ["第一项", "第二项"] },   // hanging indent
//     ],
//   });
//
// Text is typed as it should read: any script, emoji, right-to-left runs; the layout picks a
// font per character (./fonts.ts) and breaks lines where Unicode allows (./lines.ts).

/** A piece of text with one style. `badge` draws the text in white on that colour. */
export interface Span {
  text: string;
  bold?: boolean;
  color?: string;
  badge?: string;
}

/** Rich text: strings in the block's style, or spans. */
export type Inline = string | Span | readonly (string | Span)[];

export interface TextStyle {
  /** Font size in pt (default 9.5). */
  size?: number;
  /** Line height as a multiple of the size (default 1.4). */
  lineHeight?: number;
  color?: string;
  bold?: boolean;
  /** Space above and below, in pt. Space above is dropped at the top of a page. */
  spaceBefore?: number;
  spaceAfter?: number;
}

/** A horizontal bar chart in a table cell: segments of `value` out of `max`, then a label. */
export interface Bars {
  bars: readonly { value: number; color: string }[];
  max: number;
  label: string;
}

export type Cell = Inline | Bars;

export type Block =
  | ({ kind: "title"; text: Inline } & TextStyle)
  /** Kept on a page with at least the first lines of what follows. */
  | ({ kind: "heading"; level?: 2 | 3; text: Inline } & TextStyle)
  | ({ kind: "paragraph"; text: Inline; align?: "left" | "right" } & TextStyle)
  /** Items with a hanging indent: the marker ("•", "1.") starts the item's first line. */
  | ({ kind: "list"; items: readonly Inline[]; ordered?: boolean } & TextStyle)
  /**
   * Rows of cells; `columns` are fractions of the width. A row is never split across pages
   * unless it is taller than a page (then it breaks between lines, never inside one).
   */
  | ({
      kind: "table";
      columns: readonly number[];
      header?: readonly Cell[];
      rows: readonly (readonly Cell[])[];
      /** Thin rule under each row (default true) and above the first. */
      rules?: boolean;
      minRowHeight?: number;
      /** Cells sit at the bottom of a tall row (sign-here lines). */
      bottomAlign?: boolean;
      headerColor?: string;
    } & TextStyle)
  /**
   * A framed group. `keepTogether` moves it whole to the next page when it does not fit; a box
   * that may break draws its frame on each page it spans (only `leftRule` is supported then).
   */
  | {
      kind: "box";
      blocks: readonly Block[];
      fill?: string;
      border?: string;
      borderWidth?: number;
      leftRule?: string;
      padding?: number;
      color?: string;
      keepTogether?: boolean;
      spaceBefore?: number;
      spaceAfter?: number;
    }
  /** Blocks kept on one page when they fit on one. */
  | { kind: "keep"; blocks: readonly Block[] }
  | { kind: "pageBreak" };

export interface PdfDocument {
  /** BCP 47 language of the document ("en", "zh-CN"). */
  lang: string;
  /** Metadata title; also the running title at the top of every page after the first. */
  title: string;
  subject?: string;
  /** Running footer, on every page: a line of text and the page numbers. */
  footer?: { text?: string; pageNumbers?: (page: number, pages: number) => string };
  blocks: readonly Block[];
}
