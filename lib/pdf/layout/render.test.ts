// The PDF layout in Node (pdfkit's Node build, fonts read from public/fonts/), read back with
// poppler: what a reader copies out of the file, and where pages break.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import type { Block, PdfDocument } from "./document";
import { renderPdf } from "./render";

const readFont = (file: string) => readFile(join(process.cwd(), "public/fonts", file));

async function render(blocks: Block[], extra: Partial<PdfDocument> = {}) {
  const bytes = await renderPdf(
    {
      lang: "en",
      title: "Engine test",
      footer: { text: "Footer text", pageNumbers: (page, pages) => `Page ${page} of ${pages}` },
      blocks,
      ...extra,
    },
    { readFont, fontCacheKey: "disk" },
  );
  const path = join(mkdtempSync(join(tmpdir(), "cc-pdf-layout-")), "test.pdf");
  writeFileSync(path, bytes);
  const tool = (name: string, ...args: string[]) => execFileSync(name, args, { encoding: "utf8" });
  const text = tool("pdftotext", "-enc", "UTF-8", path, "-");
  return {
    text,
    pages: text.split("\f").filter((p) => p.trim()),
    fonts: tool("pdffonts", path).split("\n").slice(2).filter(Boolean),
  };
}

const squash = (s: string) => s.replace(/\s+/gu, "");
const noBidi = (s: string) => s.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, "");
const lines = (page: string) =>
  page
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

describe("renderPdf: every script comes back as typed", () => {
  it.each([
    ["adjacent emoji", "Trains 🚄🔥🚄🔥 side by side", "NotoEmoji"],
    ["a skin tone", "Thumbs 👍🏽 up", "NotoEmoji"],
    ["a ZWJ family and a flag", "Family 👨‍👩‍👧 from 🇨🇳 here", "NotoEmoji"],
    ["a keycap", "Step 1️⃣ first", "NotoEmoji"],
    ["CJK Extension B", "𠮷野家的𠀀和𪚥", "HanaMinB"],
    ["rare Chinese outside GB2312", "堃喆淼", "NotoSansSC"],
    ["Hebrew between Latin words", "Hebrew עברית טקסט ונתונים then more", "NotoSansHebrew"],
    ["Arabic between Latin words", "Arabic العربية والبيانات then more", "DejaVuSans"],
    ["full-width punctuation", "中文：铁路信号数据，（测试）。", "NotoSansSC"],
  ])(
    "%s",
    async (_, typed, font) => {
      const { text, fonts } = await render([{ kind: "paragraph", text: typed }]);
      expect(noBidi(squash(text))).toContain(squash(typed));
      expect(fonts.join("\n")).toContain(font);
    },
    30_000,
  );

  it("embeds every font as a subset and uses no standard font", async () => {
    const { fonts } = await render([
      { kind: "title", text: "Title 标题" },
      { kind: "paragraph", text: ["Bold ", { text: "粗体", bold: true }, " 🚄 𠮷 עברית العربية"] },
    ]);
    expect(fonts.length).toBeGreaterThan(4);
    // Columns: name, type, encoding, emb, sub, uni, object, id.
    for (const row of fonts) {
      expect(row, row).toMatch(/^[A-Z]{6}\+/);
      expect(row, row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
    }
  }, 30_000);
});

describe("renderPdf: lines and pages", () => {
  it("never starts a line with closing Chinese punctuation", async () => {
    const typed = "铁路信号数据，采集。".repeat(120) + "（测试）：完成；".repeat(40);
    const { pages } = await render([{ kind: "paragraph", text: typed }]);
    const body = pages.flatMap(lines).filter((l) => !/Footer text|^Page \d/.test(l));
    expect(body.length).toBeGreaterThan(10);
    for (const line of body) expect(line).not.toMatch(/^[，。：；）]/u);
    for (const line of body) expect(line).not.toMatch(/（$/u);
    expect(squash(body.join(""))).toContain(squash(typed));
  }, 30_000);

  it("breaks an overlong word (a hash, a URL) inside, losing nothing", async () => {
    const typed = `see https://example.invalid/${"a1b2c3d4".repeat(60)} done`;
    const { pages } = await render([{ kind: "paragraph", text: typed }]);
    const body = lines(pages[0]!).filter((l) => !/Footer text|^Page \d/.test(l));
    expect(body.length).toBeGreaterThan(2);
    expect(squash(body.join(""))).toBe(squash(typed));
  }, 30_000);

  it("puts a list marker only on the first line of its item, never alone", async () => {
    const item = "a long item that wraps over several lines because it has many words in it ".repeat(4);
    const { pages } = await render([{ kind: "list", items: Array.from({ length: 60 }, () => item) }]);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      const body = lines(page);
      expect(body).not.toContain("•");
      // The footer's "·" stays a middle dot although the font draws "•" with the same glyph.
      expect(body).toContain("Engine test · Footer text");
      expect(body.filter((l) => l.startsWith("•")).length).toBeGreaterThan(0);
    }
  }, 30_000);

  it.each([50, 51, 52, 53, 54, 55])(
    "never leaves a heading at the foot of a page (%i lines before it)",
    async (count) => {
      const filler = Array.from({ length: count }, (_, i): Block => ({
        kind: "paragraph",
        text: `Line ${i}`,
      }));
      const { pages } = await render([
        ...filler,
        { kind: "heading", text: "The heading" },
        { kind: "paragraph", text: "The heading's first paragraph" },
      ]);
      const page = pages.find((p) => p.includes("The heading"))!;
      const body = lines(page).filter((l) => !/Footer text|^Page \d/.test(l));
      expect(body.indexOf("The heading's first paragraph")).toBeGreaterThan(body.indexOf("The heading"));
    },
    30_000,
  );

  it("never splits a table row across pages", async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [
      `Row ${i} first line second line third`,
      `Value ${i}`,
    ]);
    const { pages } = await render([{ kind: "table", columns: [0.1, 0.9], rows }]);
    expect(pages.length).toBeGreaterThan(1);
    for (let i = 0; i < rows.length; i++) {
      expect(pages.filter((p) => squash(p).includes(squash(rows[i]![0]!))).length, `row ${i}`).toBe(1);
    }
  }, 30_000);

  it("prints the footer and 'page x of y' on every page", async () => {
    const { pages } = await render(
      Array.from({ length: 150 }, (_, i): Block => ({ kind: "paragraph", text: `Paragraph ${i}` })),
    );
    expect(pages.length).toBe(3);
    pages.forEach((page, i) => {
      expect(page).toContain("Footer text");
      expect(page).toContain(`Page ${i + 1} of 3`);
      expect(page).toContain("Engine test");
    });
  }, 30_000);
});

describe("renderPdf: fonts fetched by coverage", () => {
  /** The files a document reads, through a reader (and font cache) of its own. */
  async function filesRead(blocks: Block[]) {
    const read: string[] = [];
    const bytes = await renderPdf(
      { lang: "en", title: "Fonts", footer: { text: "Footer" }, blocks },
      { readFont: (file) => (read.push(file), readFont(file)), fontCacheKey: `files-${Math.random()}` },
    );
    const path = join(mkdtempSync(join(tmpdir(), "cc-pdf-layout-")), "fonts.pdf");
    writeFileSync(path, bytes);
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], { encoding: "utf8" });
    return { read: read.sort(), text };
  }

  it("a text without CJK reads only the small Latin faces, yet prints Greek, Cyrillic and symbols", async () => {
    const typed = "Ünïcödé — “quotes” α β Ж № € → ✓ ①";
    const { read, text } = await filesRead([
      { kind: "heading", level: 2, text: "Heading" },
      { kind: "paragraph", text: typed },
    ]);
    expect(read).toEqual(["latin-bold.ttf", "latin-regular.ttf"]);
    expect(squash(text)).toContain(squash(typed));
  }, 30_000);

  it("one Chinese character anywhere brings in the Noto Sans SC faces, and only them", async () => {
    const { read, text } = await filesRead([{ kind: "paragraph", text: "Client: 中国铁路 (CR)" }]);
    expect(read).toEqual(["sans-bold.ttf", "sans-regular.ttf"]);
    expect(squash(text)).toContain("Client:中国铁路(CR)");
  }, 30_000);
});
