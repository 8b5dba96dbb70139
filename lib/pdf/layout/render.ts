// Lays a `PdfDocument` out on A4 pages and writes it with pdfkit. Blocks become a flat list of
// items (a line, a table row, a framed box), each with its height; pagination then places them,
// moving an item to the next page when it does not fit, a heading together with the start of
// what follows it, and drops space at the top of a page. Running title, footer text and
// "page x of y" are drawn on every page once the page count is known.
import type { Font, Glyph } from "fontkit";
import PDFDocument from "pdfkit";

import type { Bars, Block, Cell, PdfDocument, TextStyle } from "./document";
import { type FontKey, type FontReader, type FontSet, fetchFonts, loadFonts, sharedGlyphs } from "./fonts";
import { BADGE_PAD, type Line, LineSetter, plain, visualPieces, type Style } from "./lines";
import { bytesOf, writeStreamsNatively } from "./streams";

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 36, bottom: 60, left: 42, right: 42 };
const BODY_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BODY_BOTTOM = PAGE.height - MARGIN.bottom;
const BODY_HEIGHT = BODY_BOTTOM - MARGIN.top;

export const INK = "#1a1a1a";
export const MUTED = "#555555";
export const RULE = "#c8c8c8";

const BASE = { size: 9.5, lineHeight: 1.4 };
const HEADINGS = {
  title: { size: 18, lineHeight: 1.3, bold: true, spaceAfter: 10 },
  2: { size: 12.5, lineHeight: 1.3, bold: true, spaceBefore: 14, spaceAfter: 5 },
  3: { size: 10.5, lineHeight: 1.3, bold: true, spaceBefore: 6, spaceAfter: 3 },
} as const;
/** A heading stays on its page only with at least this much (pt) of what follows it. */
const KEEP_WITH_NEXT = 30;
const LIST_INDENT = { bullet: 10, ordered: 16 };

interface Item {
  height: number;
  draw: (y: number) => void;
  /** Space: dropped at the top of a page. */
  gap?: boolean;
  /** Needs this much of the following items on the same page. */
  keepWithNext?: number;
  pageBreak?: boolean;
}

/** Where and how a block is drawn: its left edge, width and inherited colour. */
interface Frame {
  x: number;
  width: number;
  color: string;
}

export interface RenderOptions {
  /** Reads a font file; the browser default fetches it from the app's /fonts/. */
  readFont?: FontReader;
  /** Separates font caches of different readers. */
  fontCacheKey?: string;
}

/** Fetches and parses the fonts the document's text needs (cached for the page's lifetime). */
function prepareFonts(document: PdfDocument, options: RenderOptions = {}) {
  const text = [
    document.title,
    document.footer?.text ?? "",
    document.footer?.pageNumbers?.(8, 88) ?? "",
    ...document.blocks.flatMap(blockText),
  ].join("\n");
  return loadFonts(text, options.readFont ?? fetchFonts(), options.fontCacheKey);
}

/** Renders the document to PDF bytes. Fonts are loaded (and cached) as its text needs them. */
export async function renderPdf(document: PdfDocument, options: RenderOptions = {}): Promise<Uint8Array> {
  return new Renderer(document, await prepareFonts(document, options)).render();
}

function cellText(cell: Cell): string {
  return isBars(cell) ? cell.label : plain(cell);
}

function blockText(block: Block): string[] {
  switch (block.kind) {
    case "title":
    case "heading":
    case "paragraph":
      return [plain(block.text)];
    case "list":
      return block.items.map(plain);
    case "table":
      return [...(block.header ?? []), ...block.rows.flat()].map(cellText);
    case "box":
    case "keep":
      return block.blocks.flatMap(blockText);
    case "pageBreak":
      return [];
  }
}

/** pdfkit's font object for an embedded font (not in its published types). */
interface EmbeddedFont {
  id: string;
  font: Font;
  layoutCache: object;
  scale: number;
  layout(text: string, features?: unknown, onlyWidth?: boolean): Laid;
  encode(text: string): [string[], NonNullable<Laid["positions"]>];
  subset: { includeGlyph(id: number): number };
  unicode: number[][];
  widthOfString(s: string, size: number): number;
  ref(): unknown;
  embed(): unknown;
}

/** The parts of pdfkit's document the text writer below uses (not in its published types). */
interface DocumentInternals {
  page: { fonts: Record<string, unknown> };
  addContent(data: string): unknown;
  ref(data?: object): unknown;
}

/** A number for the content stream: two decimals are 1/7200 inch. */
const num = (n: number) => String(Math.round(n * 100) / 100);

/** "#rrggbb" as a fill colour operator (`null` for any other colour: pdfkit draws those). */
function fillColour(color: string): string | null {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!hex) return null;
  return `${hex
    .slice(1)
    .map((h) => String(Math.round((parseInt(h, 16) / 255) * 1000) / 1000))
    .join(" ")} rg`;
}

/** Glyph ids (pdfkit's 4-digit hex) as a literal string of two bytes each. */
function glyphString(hex: string[]): string {
  let out = "(";
  for (const h of hex) {
    for (const byte of [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2), 16)]) {
      if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
      else if (byte === 0x0a) out += "\\n";
      else if (byte === 0x0d) out += "\\r";
      else out += String.fromCharCode(byte);
    }
  }
  return `${out})`;
}

/**
 * Widths as a default (the most common one: 1000 for CJK) and the others only, in runs of
 * consecutive glyph ids: pdfkit lists every width, about 4 KB for a Chinese summary.
 */
function compactWidths(widths: (number | undefined)[]): { DW: number; W: (number | number[])[] } {
  const count = new Map<number, number>();
  // An integer: poppler reads /DW only as one.
  for (const w of widths) if (Number.isInteger(w)) count.set(w!, (count.get(w!) ?? 0) + 1);
  const DW = [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 1000;
  const W: (number | number[])[] = [];
  let run: number[] | null = null;
  // A plain loop: the array has holes (glyphs only mapped, never drawn), which forEach skips.
  for (let gid = 0; gid < widths.length; gid++) {
    const w = widths[gid];
    if (w === undefined || w === null || w === DW) run = null;
    else {
      if (!run) W.push(gid, (run = []));
      run.push(Math.round(w * 100) / 100);
    }
  }
  return { DW, W };
}

interface Laid {
  glyphs: Glyph[] | null;
  positions:
    { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[] | null;
  advanceWidth: number;
}

const glyphCache = new WeakMap<Font, Map<number, Glyph>>();

/** Text every glyph of which stands alone: Latin, CJK, punctuation (no marks, joiners, astral). */
const SIMPLE =
  /^[\u0020-\u007e\u00a0-\u02ff\u2000-\u206f\u2190-\u21ff\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]*$/;

/**
 * Simple text is laid out glyph by glyph from the font's character map and advance widths:
 * shaping it with fontkit (substitution and positioning lookups) costs most of a cold PDF's
 * time and changes nothing but the kerning of Latin pairs. Everything else is shaped.
 */
function quickLayout(embedded: EmbeddedFont) {
  const shaped = embedded.layout.bind(embedded);
  const { font, scale } = embedded;
  // fontkit reads the character map from the file on every lookup: remember each answer.
  let known = glyphCache.get(font);
  if (!known) glyphCache.set(font, (known = new Map()));
  const glyphs = known;
  embedded.layout = (text, features, onlyWidth) => {
    if (features || !SIMPLE.test(text)) return shaped(text, features, onlyWidth);
    const drawn: Glyph[] = [];
    const positions: NonNullable<Laid["positions"]> = [];
    let advanceWidth = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let glyph = glyphs.get(code);
      if (!glyph) glyphs.set(code, (glyph = font.glyphForCodePoint(code)));
      const width = glyph.advanceWidth * scale;
      advanceWidth += width;
      if (!onlyWidth) {
        drawn.push(glyph);
        positions.push({ xAdvance: width, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: width });
      }
    }
    return onlyWidth
      ? { glyphs: null, positions: null, advanceWidth }
      : { glyphs: drawn, positions, advanceWidth };
  };
}

/** pdfkit's shaped words per font, kept across documents (warm PDFs skip the shaping). */
const layoutCaches = new WeakMap<Font, object>();

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Pieces in these fonts are shaped and reversed one word at a time, never merged. */
const RTL_FONTS = new Set<FontKey>(["hebrew", "arabic"]);

const isBars = (cell: Cell): cell is Bars => typeof cell === "object" && "bars" in cell;

class Renderer {
  private readonly doc: PDFKit.PDFDocument;
  private readonly setter: LineSetter;
  private readonly embedded = new Map<FontKey, EmbeddedFont>();
  /** Left rules of boxes, drawn with the running parts: one rectangle per page and box. */
  private readonly bars: {
    page: number;
    x: number;
    y: number;
    width: number;
    height: number;
    colour: string;
  }[] = [];
  private readonly ascent: number;
  private readonly descent: number;

  constructor(
    private readonly document: PdfDocument,
    private readonly fontSet: FontSet,
  ) {
    this.doc = new PDFDocument({
      size: "A4",
      margin: 0,
      bufferPages: true,
      font: null as unknown as string,
      lang: document.lang,
      displayTitle: true,
      info: {
        Title: document.title,
        ...(document.subject ? { Subject: document.subject } : {}),
        Creator: "Commission Check",
        Producer: "Commission Check",
        CreationDate: new Date(),
      },
    });
    writeStreamsNatively(this.doc as unknown as Parameters<typeof writeStreamsNatively>[0]);
    const regular = fontSet.fonts.get("regular")!;
    for (const [key, font] of fontSet.fonts) {
      // The marker font is a copy of the regular one: pdfkit would merge two fonts of one name.
      const named =
        key === "marker"
          ? Object.create(font, { postscriptName: { value: `${font.postscriptName}-Marker` } })
          : font;
      this.doc.registerFont(key, named as unknown as string);
      this.doc.font(key);
      const embedded = (this.doc as unknown as { _font: EmbeddedFont })._font;
      // Shaped words are the same in every document: keep them for the next PDF.
      let cache = layoutCaches.get(font);
      if (!cache) layoutCaches.set(font, (cache = Object.create(null) as object));
      embedded.layoutCache = cache;
      if (!RTL_FONTS.has(key) && key !== "emoji") quickLayout(embedded);
      this.compactWidthsOf(embedded);
      this.embedded.set(key, embedded);
    }
    this.ascent = regular.ascent / regular.unitsPerEm;
    this.descent = regular.descent / regular.unitsPerEm;
    this.setter = new LineSetter(fontSet, (font, s, size) => this.embedded.get(font)!.widthOfString(s, size));
  }

  /** Has pdfkit write the font's widths as /DW and the exceptions (see compactWidths). */
  private compactWidthsOf(embedded: EmbeddedFont) {
    const doc = this.doc as unknown as DocumentInternals;
    const embed = embedded.embed.bind(embedded);
    embedded.embed = () => {
      const ref = doc.ref;
      doc.ref = (data?: { W?: [number, (number | undefined)[]]; DW?: number }) => {
        if (data?.W) Object.assign(data, compactWidths(data.W[1]));
        return ref.call(doc, data);
      };
      try {
        return embed();
      } finally {
        doc.ref = ref;
      }
    };
  }

  render(): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    const done = new Promise<Uint8Array>((resolve, reject) => {
      this.doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
      this.doc.on("error", reject);
      this.doc.on("end", () => resolve(bytesOf(chunks)));
    });
    const items = this.items(this.document.blocks, { x: MARGIN.left, width: BODY_WIDTH, color: INK });
    this.paginate(items);
    this.runningParts();
    this.doc.end();
    return done;
  }

  // ---- pagination -------------------------------------------------------------------------

  private paginate(items: Item[]) {
    let y = MARGIN.top;
    const newPage = () => {
      this.doc.addPage({ size: "A4", margin: 0 });
      y = MARGIN.top;
    };
    items.forEach((item, i) => {
      if (item.pageBreak) {
        if (y > MARGIN.top) newPage();
        return;
      }
      if (item.gap) {
        if (y === MARGIN.top) return;
        if (y + item.height > BODY_BOTTOM) newPage();
        else {
          item.draw(y);
          y += item.height;
        }
        return;
      }
      let need = item.height;
      if (item.keepWithNext) {
        let ahead = 0;
        for (let k = i + 1; k < items.length && ahead < item.keepWithNext; k++) {
          const next = items[k]!;
          if (next.pageBreak) break;
          ahead += next.height;
        }
        need += Math.min(ahead, item.keepWithNext);
      }
      if (y + need > BODY_BOTTOM + 0.01 && y > MARGIN.top) newPage();
      item.draw(y);
      y += item.height;
    });
  }

  /**
   * The footer of every page: the running title (cut with "…" to leave room) and the footer
   * text on one line, "page x of y" at the right, above a thin rule.
   */
  /** A piece of a box's left rule on the current page; a piece right below the last extends it. */
  private bar(x: number, y: number, width: number, height: number, colour: string) {
    const range = this.doc.bufferedPageRange();
    const page = range.start + range.count - 1;
    const last = this.bars.at(-1);
    if (
      last &&
      last.page === page &&
      last.x === x &&
      last.width === width &&
      last.colour === colour &&
      Math.abs(last.y + last.height - y) < 0.01
    )
      last.height = y + height - last.y;
    else this.bars.push({ page, x, y, width, height, colour });
  }

  private runningParts() {
    const { doc, document } = this;
    const range = doc.bufferedPageRange();
    const style: Style = { size: 7.5, bold: false, color: MUTED };
    const lh = style.size * 1.4;
    const numbers = (page: number) => document.footer?.pageNumbers?.(page, range.count) ?? "";
    const widest = Math.max(
      0,
      ...[1, range.count].map((n) => this.setter.lines(numbers(n), style, BODY_WIDTH)[0]!.width),
    );
    const room = BODY_WIDTH - widest - 12;
    const text = this.setter.lines(document.footer?.text ?? "", style, room);
    let left = text;
    if (text.length === 1) {
      const separator = text[0]!.words.length > 0 ? " · " : "";
      const tail = this.setter.lines(separator + (document.footer?.text ?? ""), style, room)[0]!;
      const title = this.ellipsis(this.setter.lines(document.title, style, 1e6)[0]!, room - tail.width);
      if (title.words.length > 0)
        left = [{ words: [...title.words, ...tail.words], width: title.width + tail.width }];
    }
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(range.start + i);
      for (const bar of this.bars)
        if (bar.page === range.start + i) doc.rect(bar.x, bar.y, bar.width, bar.height).fill(bar.colour);
      const top = PAGE.height - 24 - 16;
      doc
        .moveTo(MARGIN.left, top)
        .lineTo(PAGE.width - MARGIN.right, top)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke();
      left.forEach((l, k) => this.drawLine(l, MARGIN.left, top + 4 + k * lh, style, 1.4));
      const pageLine = this.setter.lines(numbers(i + 1), style, BODY_WIDTH)[0]!;
      this.drawLine(pageLine, PAGE.width - MARGIN.right - pageLine.width, top + 4, style, 1.4);
    }
  }

  /** The line cut to `width` with "…" (the running title of a very long project name). */
  private ellipsis(line: Line, width: number): Line {
    if (line.width <= width) return line;
    const dots = this.setter.lines("…", { size: 7.5, bold: false, color: MUTED }, width)[0]!;
    const cut: Line = { words: [], width: 0 };
    for (const word of line.words) {
      if (cut.width + word.width + dots.width > width) break;
      cut.words.push(word);
      cut.width += word.width;
    }
    if (cut.words.length === 0) return cut;
    cut.words.push(...dots.words);
    cut.width += dots.width;
    return cut;
  }

  // ---- blocks to items --------------------------------------------------------------------

  private items(blocks: readonly Block[], frame: Frame): Item[] {
    return blocks.flatMap((block) => this.block(block, frame));
  }

  private style(
    s: TextStyle,
    frame: Frame,
    base: { size: number; lineHeight: number; bold?: boolean } = BASE,
  ) {
    return {
      style: { size: s.size ?? base.size, bold: s.bold ?? base.bold ?? false, color: s.color ?? frame.color },
      lineHeight: s.lineHeight ?? base.lineHeight,
    };
  }

  private gap(height: number | undefined): Item[] {
    return height ? [{ height, draw: () => {}, gap: true }] : [];
  }

  private block(block: Block, frame: Frame): Item[] {
    switch (block.kind) {
      case "title":
      case "heading": {
        const base = block.kind === "title" ? HEADINGS.title : HEADINGS[block.level ?? 2];
        const { style, lineHeight } = this.style(block, frame, base);
        const lines = this.setter.lines(block.text, style, frame.width);
        const height = lines.length * style.size * lineHeight;
        return [
          ...this.gap(block.spaceBefore ?? ("spaceBefore" in base ? base.spaceBefore : 0)),
          {
            height,
            keepWithNext: block.kind === "heading" ? KEEP_WITH_NEXT : undefined,
            draw: (y) =>
              lines.forEach((l, i) =>
                this.drawLine(l, frame.x, y + i * style.size * lineHeight, style, lineHeight),
              ),
          },
          ...this.gap(block.spaceAfter ?? base.spaceAfter),
        ];
      }
      case "paragraph": {
        const { style, lineHeight } = this.style(block, frame);
        const lines = this.setter.lines(block.text, style, frame.width);
        const height = style.size * lineHeight;
        return [
          ...this.gap(block.spaceBefore),
          ...lines.map((l) => ({
            height,
            draw: (y: number) =>
              this.drawLine(
                l,
                block.align === "right" ? frame.x + frame.width - l.width : frame.x,
                y,
                style,
                lineHeight,
              ),
          })),
          ...this.gap(block.spaceAfter),
        ];
      }
      case "list": {
        const { style, lineHeight } = this.style(block, frame);
        const indent = block.ordered ? LIST_INDENT.ordered : LIST_INDENT.bullet;
        const height = style.size * lineHeight;
        return [
          ...this.gap(block.spaceBefore),
          ...block.items.flatMap((item, n) => {
            const markerLine = this.setter.lines(block.ordered ? `${n + 1}.` : "•", style, indent)[0]!;
            const marker: Line = {
              ...markerLine,
              words: markerLine.words.map((w) => ({
                ...w,
                pieces: w.pieces.map((p) => ({ ...p, font: "marker" as const })),
              })),
            };
            const lines = this.setter.lines(item, style, frame.width - indent);
            return [
              ...lines.map((l, i) => ({
                height,
                draw: (y: number) => {
                  // The marker is drawn with the first line of its text, never alone.
                  if (i === 0) this.drawLine(marker, frame.x, y, style, lineHeight);
                  this.drawLine(l, frame.x + indent, y, style, lineHeight);
                },
              })),
              ...this.gap(block.spaceAfter ?? 2),
            ];
          }),
        ];
      }
      case "table":
        return this.table(block, frame);
      case "keep": {
        const inner = this.items(block.blocks, frame);
        return this.together(inner, 0, () => {}) ?? inner;
      }
      case "box":
        return this.box(block, frame);
      case "pageBreak":
        return [{ height: 0, draw: () => {}, pageBreak: true }];
    }
  }

  /** Items as one unbreakable item (with `frame` drawn first), or null when taller than a page. */
  private together(
    inner: Item[],
    padding: number,
    frame: (y: number, height: number) => void,
  ): Item[] | null {
    // Space at the start and end of a group does not count inside it.
    while (inner[0]?.gap) inner.shift();
    while (inner.at(-1)?.gap) inner.pop();
    const height = inner.reduce((h, i) => h + i.height, 0) + 2 * padding;
    if (height > BODY_HEIGHT) return null;
    return [
      {
        height,
        keepWithNext: inner.at(-1)?.keepWithNext,
        draw: (y) => {
          frame(y, height);
          let at = y + padding;
          for (const item of inner) {
            item.draw(at);
            at += item.height;
          }
        },
      },
    ];
  }

  private box(block: Extract<Block, { kind: "box" }>, frame: Frame): Item[] {
    const padding = block.padding ?? 0;
    const rule = block.leftRule ? 3 : 0;
    const inner = this.items(block.blocks, {
      x: frame.x + padding + rule + (block.leftRule ? 5 : 0),
      width: frame.width - 2 * padding - rule - (block.leftRule ? 5 : 0),
      color: block.color ?? frame.color,
    });
    const { doc } = this;
    if (block.leftRule) {
      // Breakable: each item draws its own piece of the rule, so the rule follows the page breaks.
      const colour = block.leftRule;
      const ruled = inner.map((item) => ({
        ...item,
        draw: (y: number) => {
          this.bar(frame.x, y, rule, item.height, colour);
          item.draw(y);
        },
      }));
      return [...this.gap(block.spaceBefore), ...ruled, ...this.gap(block.spaceAfter)];
    }
    const drawFrame = (y: number, height: number) => {
      if (block.fill) doc.roundedRect(frame.x, y, frame.width, height, 3).fill(block.fill);
      if (block.border)
        doc
          .rect(frame.x, y, frame.width, height)
          .lineWidth(block.borderWidth ?? 1)
          .strokeColor(block.border)
          .stroke();
    };
    const whole = this.together(inner, padding, drawFrame);
    return [...this.gap(block.spaceBefore), ...(whole ?? inner), ...this.gap(block.spaceAfter)];
  }

  private table(block: Extract<Block, { kind: "table" }>, frame: Frame): Item[] {
    const { style, lineHeight } = this.style(block, frame);
    const lh = style.size * lineHeight;
    const pad = 2.5;
    const widths = block.columns.map((c) => c * frame.width);
    const xs = widths.map((_, i) => frame.x + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const rules = block.rules ?? true;
    const { doc } = this;
    const hrule = (y: number) =>
      doc
        .moveTo(frame.x, y)
        .lineTo(frame.x + frame.width, y)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke();

    const row = (cells: readonly Cell[], color: string, first: boolean): Item[] => {
      const cellStyle = { ...style, color };
      const laid = cells.map((cell, i) =>
        isBars(cell) ? null : this.setter.lines(cell, cellStyle, Math.max(10, widths[i]! - 6)),
      );
      const lineCount = Math.max(1, ...laid.map((l) => l?.length ?? 1));
      const height = Math.max(block.minRowHeight ?? 0, lineCount * lh + 2 * pad);
      const drawCells = (y: number, from: number, to: number, top: number) =>
        cells.forEach((cell, i) => {
          const lines = laid[i];
          if (!lines) {
            if (from === 0) this.drawBars(cell as Bars, xs[i]!, y + top, widths[i]!, lh, cellStyle);
            return;
          }
          lines
            .slice(from, to)
            .forEach((l, k) => this.drawLine(l, xs[i]!, y + top + k * lh, cellStyle, lineHeight));
        });
      if (height <= BODY_HEIGHT) {
        return [
          {
            height,
            draw: (y) => {
              if (first && rules) hrule(y);
              const top = block.bottomAlign ? height - pad - lineCount * lh : pad;
              drawCells(y, 0, lineCount, top);
              if (rules) hrule(y + height);
            },
          },
        ];
      }
      // Taller than a page: one item per line, all cells side by side; never inside a line.
      return Array.from({ length: lineCount }, (_, k) => ({
        height: lh + (k === 0 || k === lineCount - 1 ? pad : 0),
        draw: (y: number) => {
          drawCells(y, k, k + 1, k === 0 ? pad : 0);
          if (rules && k === lineCount - 1) hrule(y + lh + pad);
        },
      }));
    };

    const header = block.header ? row(block.header, block.headerColor ?? MUTED, true) : [];
    // The header row stays with the first body row.
    if (header.length === 1) header[0]!.keepWithNext = lh + 2 * pad;
    return [
      ...this.gap(block.spaceBefore),
      ...header,
      ...block.rows.flatMap((cells, i) => row(cells, style.color, i === 0 && header.length === 0)),
      ...this.gap(block.spaceAfter),
    ];
  }

  // ---- drawing ----------------------------------------------------------------------------

  private drawBars(cell: Bars, x: number, y: number, width: number, lh: number, style: Style) {
    let at = x;
    const full = (width - 24) * 0.85;
    for (const bar of cell.bars) {
      if (bar.value <= 0) continue;
      const w = (bar.value / Math.max(1, cell.max)) * full;
      this.doc.rect(at, y + (lh - 8) / 2, w, 8).fill(bar.color);
      at += w;
    }
    const label = this.setter.lines(cell.label, { ...style, size: 8.5 }, 24)[0];
    if (label) this.drawLine(label, at + 4, y, { ...style, size: 8.5 }, lh / 8.5);
  }

  /**
   * A monochrome emoji font draws 👍🏽 with the glyph of 👍 (it has no skin tones), and pdfkit
   * maps each glyph back to the characters of its first use. Each one-glyph emoji sequence maps
   * back to itself here, so copying and search give the text as typed. (Should one document
   * hold both 👍 and 👍🏽, both copy as the first one drawn.)
   */
  private mapClusters(text: string) {
    const font = this.embedded.get("emoji")!;
    for (const { segment } of graphemes.segment(text)) {
      if ([...segment].length < 2) continue;
      const run = font.font.layout(segment);
      if (run.glyphs.length !== 1) continue;
      const gid = font.subset.includeGlyph(run.glyphs[0]!.id);
      font.unicode[gid] ??= [...segment].map((c) => c.codePointAt(0)!);
    }
  }

  /** A glyph drawn for several characters copies out as the one first drawn in this document. */
  private mapShared(key: FontKey, text: string) {
    const font = this.embedded.get(key)!;
    const shared = sharedGlyphs(font.font);
    if (shared.size === 0) return;
    for (const char of text) {
      const cp = char.codePointAt(0)!;
      const id = shared.get(cp);
      if (id !== undefined) font.unicode[font.subset.includeGlyph(id)] ??= [cp];
    }
  }

  /** Draws a line whose box starts at `top`, left edge `x`. */
  private drawLine(line: Line, x: number, top: number, style: Style, lineHeight: number) {
    const { doc } = this;
    const lh = style.size * lineHeight;
    const baseline = top + (lh - (this.ascent - this.descent) * style.size) / 2 + this.ascent * style.size;
    let at = x;
    // One text operation per run of pieces in one font and colour (a line of Chinese is one run
    // rather than a run per character): fewer operations, a smaller file.
    const runs: { text: string; font: FontKey; size: number; color: string; x: number; badge?: string }[] =
      [];
    for (const piece of visualPieces(line)) {
      if (piece.badge) {
        const h = piece.size * 1.35;
        doc.roundedRect(at, top + (lh - h) / 2, piece.width, h, 2).fill(piece.badge);
      }
      const last = runs.at(-1);
      if (
        last &&
        !piece.badge &&
        !last.badge &&
        last.font === piece.font &&
        last.color === piece.color &&
        last.size === piece.size &&
        !RTL_FONTS.has(piece.font)
      )
        last.text += piece.text;
      else if (!piece.space)
        runs.push({ ...piece, x: at + (piece.badge ? BADGE_PAD : 0), badge: piece.badge });
      at += piece.width;
    }
    const writer = new TextWriter(doc as unknown as DocumentInternals);
    // A line with right-to-left words stays with pdfkit whole (poppler reads it back in typed
    // order only then); emoji too.
    const simple = !runs.some((run) => RTL_FONTS.has(run.font));
    for (const run of runs) {
      const text = run.text.trimEnd();
      if (run.font === "emoji") this.mapClusters(text);
      else this.mapShared(run.font, text);
      if (
        simple &&
        run.font !== "emoji" &&
        writer.run(this.embedded.get(run.font)!, text, run.size, run.color, run.x, baseline)
      )
        continue;
      writer.flush();
      doc
        .font(run.font)
        .fontSize(run.size)
        .fillColor(run.color)
        .text(text, run.x, baseline, { lineBreak: false, baseline: "alphabetic" } as never);
    }
    writer.flush();
  }
}

/**
 * Writes a line's runs of simple text (glyphs side by side, no offsets: Latin and CJK laid out
 * by quickLayout) as one text object: font, size and colour set only when they change, glyphs
 * as a binary string. pdfkit's text() wraps every run in a saved state, an unflipped matrix and
 * a hex string; a Chinese summary's pages shrink by about a third. Anything else (shaped
 * scripts, marks) returns false and is drawn by pdfkit.
 */
class TextWriter {
  private ops: string[] = [];
  private font = "";
  private colour = "";

  constructor(private readonly doc: DocumentInternals) {}

  run(font: EmbeddedFont, text: string, size: number, color: string, x: number, baseline: number): boolean {
    const colour = fillColour(color);
    if (!colour || !text) return !text;
    const [glyphs, positions] = font.encode(text);
    if (positions.some((p) => p.xOffset || p.yOffset || p.xAdvance !== p.advanceWidth)) return false;
    this.doc.page.fonts[font.id] ??= font.ref();
    const tf = `/${font.id} ${num(size)} Tf`;
    if (tf !== this.font) this.ops.push((this.font = tf));
    if (colour !== this.colour) this.ops.push((this.colour = colour));
    // The page's matrix is flipped (y down, pdfkit's); d = -1 sets the glyphs upright again.
    this.ops.push(`1 0 0 -1 ${num(x)} ${num(baseline)} Tm ${glyphString(glyphs)} Tj`);
    return true;
  }

  flush() {
    if (this.ops.length) this.doc.addContent(`BT\n${this.ops.join("\n")}\nET`);
    this.ops = [];
    this.font = "";
    this.colour = "";
  }
}
