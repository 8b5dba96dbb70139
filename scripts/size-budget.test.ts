import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { budgetOf, check, firstLoadChunks, htmlChunks, measure } from "./size-budget.mjs";

/** Random base64 text that gzips to about `bytes` bytes (6 random bits a character). */
const noise = (bytes: number) => randomBytes(bytes).toString("base64");

const turbopack = (body: string) => `(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push([null,${body}]);`;
/** A chunk with an async loader module `id` for `files` (the form Turbopack writes). */
const loader = (id: number, files: string[]) =>
  `${id},e=>{e.v(t=>Promise.all([${files.map((f) => `"static/chunks/${f}"`).join(",")}].map(t=>e.l(t))).then(()=>t(1)))}`;

const page = (...scripts: string[]) =>
  `<!DOCTYPE html><html><head>${scripts.join("")}</head><body><h1>x</h1></body></html>`;
const script = (file: string, noModule = false) =>
  `<script src="/_next/static/chunks/${file}" ${noModule ? 'noModule=""' : 'async=""'}></script>`;

type Files = Record<string, string>;

/** A static export in a temporary folder: `pages` by path, `chunks` by file name. */
function build(pages: Files, chunks: Files): string {
  const out = mkdtempSync(join(tmpdir(), "size-budget-"));
  mkdirSync(join(out, "_next/static/chunks"), { recursive: true });
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(out, path, ".."), { recursive: true });
    writeFileSync(join(out, path), html);
  }
  for (const [file, text] of Object.entries(chunks))
    writeFileSync(join(out, "_next/static/chunks", file), text);
  return out;
}

const APP = noise(20_000);
const WORKSPACE = noise(6_000);
const LATER = noise(30_000);

function app({ workspace = WORKSPACE, dexieIn = "" } = {}): { pages: Files; chunks: Files } {
  return {
    pages: {
      "en/summary/index.html": page(script("main.js"), script("route.js"), script("legacy.js", true)),
      "en/index.html": page(script("main.js")),
    },
    chunks: {
      "main.js": turbopack(`1,e=>{${APP}}`),
      "legacy.js": noise(40_000),
      // The route renders its workspace with next/dynamic; the workspace loads a panel on a click.
      "route.js": turbopack(
        `2,e=>{let l=(0,r.default)(()=>e.A(10),{loadableGenerated:{modules:[5]},ssr:!1})},${loader(10, ["workspace.js"])}`,
      ),
      "workspace.js": turbopack(
        `3,e=>{${workspace}${dexieIn === "workspace" ? 'let r=Symbol.for("Dexie")' : ""};e.A(11)},${loader(11, ["later.js"])}`,
      ),
      "later.js": turbopack(`4,e=>{${LATER};let r=Symbol.for("Dexie")}`),
      "pdf.js": turbopack(`5,e=>{"PDFKit";${noise(1_000)}}`),
      "pdf-loader.js": turbopack(loader(12, ["pdf.js"])),
    },
  };
}

const BUDGET = { slackBytes: 2048, pages: {}, pdf: { gzip: 0 } };

describe("the first-load scripts of a page, read from the build", () => {
  it("are the HTML's scripts without nomodule ones, and the next/dynamic components they declare, not what those load later", () => {
    const { pages, chunks } = app();
    const loaders = new Map([
      ["10", ["workspace.js"]],
      ["11", ["later.js"]],
    ]);
    expect(htmlChunks(pages["en/summary/index.html"]!)).toEqual(["main.js", "route.js"]);
    expect(firstLoadChunks(pages["en/summary/index.html"]!, (f: string) => chunks[f]!, loaders)).toEqual([
      "main.js",
      "route.js",
      "workspace.js",
    ]);
  });

  it("add the checklist texts a page is said to load, in its language, for every version", () => {
    const registry = turbopack(
      `6,e=>{G={"1":{fullTexts:{en:()=>e.A(20),zh:()=>e.A(21)},formTexts:{en:()=>e.A(22),zh:()=>e.A(23)}},"2":{fullTexts:{en:()=>e.A(24),zh:()=>e.A(25)},formTexts:{en:()=>e.A(26),zh:()=>e.A(27)}}}}`,
    );
    const loaders = new Map(
      [20, 21, 22, 23, 24, 25, 26, 27].map((id) => [String(id), [`text-${id}.js`]] as [string, string[]]),
    );
    const html = page(script("registry.js"));
    const read = () => registry;
    expect(firstLoadChunks(html, read, loaders, { language: "zh", texts: "form" })).toEqual([
      "registry.js",
      "text-23.js",
      "text-27.js",
    ]);
    expect(() => firstLoadChunks(html, read, loaders, { language: "en", texts: "reading" })).toThrow(
      /readingTexts/,
    );
  });
});

describe("the size budget", () => {
  it("passes the build it was written from, and one that grows a page by less than 2 KB gzip", () => {
    const { pages, chunks } = app();
    const budget = budgetOf(measure(build(pages, chunks), BUDGET), BUDGET);
    expect(budget.pages["/en/summary/"].gzip).toBeGreaterThan(25_000);
    expect(budget.pages["/en/summary/"].gzip).toBeLessThan(30_000);
    expect(check(measure(build(pages, chunks), budget), budget).problems).toEqual([]);

    const grown = app({ workspace: WORKSPACE + noise(1_500) });
    expect(check(measure(build(grown.pages, grown.chunks), budget), budget).problems).toEqual([]);
  });

  it("fails a page that grows by more than 2 KB gzip, naming the page and by how much", () => {
    const { pages, chunks } = app();
    const budget = budgetOf(measure(build(pages, chunks), BUDGET), BUDGET);
    const grown = app({ workspace: WORKSPACE + noise(2_600) });
    const { problems } = check(measure(build(grown.pages, grown.chunks), budget), budget);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\/en\/summary\/: .* over its budget of .* by 2\.\d KB$/);
  });

  it("fails the PDF chunk's growth past its budget", () => {
    const { pages, chunks } = app();
    const budget = budgetOf(measure(build(pages, chunks), BUDGET), BUDGET);
    const grown = { ...chunks, "pdf.js": turbopack(`5,e=>{"PDFKit";${noise(4_000)}}`) };
    expect(check(measure(build(pages, grown), budget), budget).problems).toEqual([
      expect.stringMatching(/^PDF chunk: .* over its budget/),
    ]);
  });

  it("fails Dexie in a first-load chunk, but not in a chunk loaded later", () => {
    const { pages, chunks } = app();
    const budget = budgetOf(measure(build(pages, chunks), BUDGET), BUDGET);
    expect(measure(build(pages, chunks), budget).storageInFirstLoad).toEqual([]);
    const leaked = app({ dexieIn: "workspace" });
    const { problems } = check(measure(build(leaked.pages, leaked.chunks), budget), budget);
    expect(problems).toEqual([
      expect.stringMatching(/^\/en\/summary\/: first-load chunk workspace\.js holds Dexie/),
    ]);
    const allowed = { ...budget, storageAllowed: { pages: ["/en/summary/"] } };
    expect(check(measure(build(leaked.pages, leaked.chunks), allowed), allowed).problems).toEqual([]);
  });

  it("fails a page without a budget and a budget without a page", () => {
    const { pages, chunks } = app();
    const budget = budgetOf(measure(build(pages, chunks), BUDGET), BUDGET);
    const renamed = {
      "en/privacy/index.html": pages["en/index.html"]!,
      "en/summary/index.html": pages["en/summary/index.html"]!,
    };
    expect(check(measure(build(renamed, chunks), budget), budget).problems).toEqual([
      expect.stringMatching(/^\/en\/privacy\/: .* no budget/),
      "/en/: has a budget but is no longer built",
    ]);
  });
});
