// The pdfkit internals the PDF engine relies on (render.ts, streams.ts), none of them in pdfkit's
// published types. pdfkit is pinned to one exact version (package.json); before moving the pin,
// run this file: each test names one internal the engine uses and checks it has the shape and
// behaviour the engine assumes.
//
// render.ts
// - `new PDFDocument({ font: null })`: no standard font loaded before ours are registered.
// - `registerFont(name, fontkitFont)`: a fontkit Font object is taken as is (no file bytes).
// - `doc._font`: the EmbeddedFont `doc.font(name)` selected; the engine reads and replaces its
//   `layoutCache`, replaces its `layout` (quick layout of simple text) and `embed` (compact
//   widths), and calls `encode`, `widthOfString`, `ref`, `id`, `font`, `scale`.
// - `EmbeddedFont.encode` and `widthOfString` lay text out through `this.layout` (so the replaced
//   layout is the one used), and `embed` makes the descendant font with `doc.ref({ W: [0, widths] })`.
// - `doc.ref`, replaced on the instance while a font embeds (compact widths) and for the whole
//   document (streams.ts): pdfkit makes every object through `this.ref`.
// - `doc.page.fonts` (font id → reference, filled by the engine's own text writer) and
//   `doc.addContent(operators)`.
// streams.ts
// - PDFReference: `data`, `compress`, `uncompressedLength`, `buffer` (an array until finalized),
//   `write`, `finalize`; `finalize` writes `buffer` as the stream, deflated only when `compress`.
// - `doc.end()` writes the cross-reference table only once every reference has finalized
//   (`_waiting`), so a reference may finalize later (the runtime's CompressionStream).
// - `doc.page.content`: the open page's content stream, a PDFReference.
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { create, type Font } from "fontkit";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";

type Reference = {
  id: number;
  data: Record<string, unknown>;
  compress: boolean;
  uncompressedLength: number;
  buffer: Uint8Array[];
  write(chunk: string | Uint8Array): void;
  end(chunk?: string): void;
  finalize(): void;
};
type EmbeddedFont = {
  id: string;
  font: Font;
  layoutCache: object;
  scale: number;
  unicode: number[][];
  subset: { includeGlyph(id: number): number };
  layout(text: string, features?: unknown, onlyWidth?: boolean): { advanceWidth: number };
  encode(text: string): [string[], unknown[]];
  widthOfString(s: string, size: number): number;
  ref(): Reference;
  embed(): unknown;
};
type Internals = {
  _font: EmbeddedFont | null;
  ref(data?: object): Reference;
  page: { fonts: Record<string, unknown>; content: Reference };
  addContent(data: string): unknown;
};

const font = create(readFileSync(join(process.cwd(), "public/fonts/latin-regular.ttf"))) as Font;

function document(options: PDFKit.PDFDocumentOptions = {}) {
  const doc = new PDFDocument({ size: "A4", margin: 0, font: null as unknown as string, ...options });
  return { doc, internals: doc as unknown as Internals };
}

/** The document's bytes once it has ended, as text (PDF syntax is ASCII around the streams). */
function bytes(doc: PDFKit.PDFDocument): Promise<string> {
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks).toString("latin1"))));
}

function withFont() {
  const { doc, internals } = document({ compress: false });
  doc.registerFont("regular", font as unknown as string);
  doc.font("regular");
  return { doc, internals, embedded: internals._font! };
}

describe("the pdfkit internals the PDF engine relies on", () => {
  it("is pinned to one exact version in package.json", () => {
    const pkg = JSON.parse(readFileSync(join(process.cwd(), "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies.pdfkit).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = JSON.parse(
      readFileSync(join(process.cwd(), "node_modules/pdfkit/package.json"), "utf8"),
    ) as { version: string };
    expect(installed.version).toBe(pkg.dependencies.pdfkit);
  });

  it("font: null loads no standard font, and _font is null until one is chosen", () => {
    expect(document().internals._font).toBeNull();
  });

  it("registerFont takes a fontkit Font, and _font is the EmbeddedFont doc.font() selected", () => {
    const { embedded } = withFont();
    expect(embedded.font).toBe(font);
    expect(typeof embedded.id).toBe("string");
    expect(embedded.scale).toBe(1000 / font.unitsPerEm);
    expect(typeof embedded.layoutCache).toBe("object");
    expect(Array.isArray(embedded.unicode)).toBe(true);
    expect(typeof embedded.subset.includeGlyph).toBe("function");
    for (const method of ["layout", "encode", "widthOfString", "ref", "embed"] as const)
      expect(typeof embedded[method], method).toBe("function");
    expect(embedded.ref()).toBe(embedded.ref());
  });

  it("encode and widthOfString lay text out through the font's own layout (which the engine replaces)", () => {
    const { embedded } = withFont();
    const laid: [string, boolean | undefined][] = [];
    const layout = embedded.layout.bind(embedded);
    embedded.layout = (text, features, onlyWidth) => {
      laid.push([text, onlyWidth]);
      return layout(text, features, onlyWidth);
    };
    const width = embedded.widthOfString("Hello", 10);
    expect(width).toBeCloseTo(embedded.layout("Hello", undefined, true).advanceWidth / 100);
    const [glyphs, positions] = embedded.encode("Hi");
    expect(glyphs).toHaveLength(2);
    for (const glyph of glyphs) expect(glyph).toMatch(/^[0-9a-f]{4}$/);
    expect(positions).toHaveLength(2);
    expect(laid).toEqual([
      ["Hello", true],
      ["Hello", true],
      ["Hi", undefined],
    ]);
  });

  it("the layout cache is read from the font's layoutCache object, which the engine can replace", () => {
    const { embedded } = withFont();
    const shared = Object.create(null) as Record<string, unknown>;
    embedded.layoutCache = shared;
    embedded.encode("cached words");
    expect(Object.keys(shared).length).toBeGreaterThan(0);
  });

  it("every object is made through the instance's ref, the descendant font's with W: [0, widths]", async () => {
    const { doc, internals, embedded } = withFont();
    const made: object[] = [];
    const ref = internals.ref.bind(internals);
    internals.ref = (data?: object) => {
      made.push(data ?? {});
      return ref(data);
    };
    const [glyphs] = embedded.encode("Widths");
    internals.page.fonts[embedded.id] ??= embedded.ref();
    doc.addContent(`BT /${embedded.id} 12 Tf 10 10 Td <${glyphs.join("")}> Tj ET`);
    const written = bytes(doc);
    doc.end();
    const pdf = await written;
    const descendant = made.find((data) => "W" in data) as { W: unknown[] } | undefined;
    expect(descendant?.W[0]).toBe(0);
    expect(Array.isArray(descendant?.W[1])).toBe(true);
    expect(made.some((data) => "FontDescriptor" in data)).toBe(true);
    expect(pdf).toContain(`/${embedded.id} 12 Tf`);
    expect(pdf).toMatch(/\/Font <<\s*\/F\d+ \d+ 0 R/);
  });

  it("a reference holds its writes in buffer, finalize writes them (deflated only when compress) and may come later", async () => {
    const { doc, internals } = document();
    const content = internals.page.content;
    expect(Array.isArray(content.buffer)).toBe(true);
    const late = internals.ref({ Marker: "late" });
    expect(late.data).toEqual({ Marker: "late" });
    expect(late.compress).toBe(true);
    late.write("stream text");
    expect(late.uncompressedLength).toBe("stream text\n".length);
    expect(late.data.Length).toBe("stream text\n".length);
    expect(late.data.Filter).toBe("FlateDecode");
    // What streams.ts does: replace the buffer with finished bytes and finalize uncompressed.
    late.buffer = [new TextEncoder().encode("as given")];
    late.compress = false;
    let ended = false;
    const written = bytes(doc).then((pdf) => ((ended = true), pdf));
    doc.end();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ended).toBe(false);
    late.finalize();
    const pdf = await written;
    // Written as given (not deflated again), its Filter kept: the bytes are the deflated stream.
    expect(pdf).toMatch(
      /\/Marker \/late\s*\/Length 8\s*\/Filter \/FlateDecode\s*>>\s*stream\s*as given\s*endstream/,
    );
    expect(pdf.indexOf("as given")).toBeLessThan(pdf.lastIndexOf("xref"));
  });
});
