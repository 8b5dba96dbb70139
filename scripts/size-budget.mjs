// `node scripts/size-budget.mjs out`: the size budget, run by `npm test` after the build. It reads
// the static export, never a browser, so its figures are the same on every run of one build:
//
// - per page, the gzip bytes (level 9, as `npm run bench` counts) of its first-load scripts, i.e.
//   what `npm run bench` sees the browser fetch before the page settles, found in the build:
//   1. the chunks its HTML names (script tags and the React payload's client references;
//      `nomodule` ones left out, Chromium does not fetch them);
//   2. the chunks of every `next/dynamic` component those chunks declare (each route renders its
//      workspace that way at once; components shown later are declared by the workspace's chunks,
//      which are not followed);
//   3. the checklist texts the page's budget entry names (`texts`: "full", "form" or "reading";
//      lib/i18n/load-checklist-text.ts loads them with import() as the workspace starts: one
//      chunk per reader and language, lib/checklist/texts/, holding every registered version);
//   4. the service worker's client (workbox-window), which the app shell imports once the page
//      has loaded, when a first-load chunk calls its loader.
// - the PDF chunk: the chunks loaded with the chunk that holds pdfkit;
// - that no first-load chunk holds Dexie (the pages read IndexedDB directly until they write),
//   except on the pages listed in `storageAllowed`.
//
// Budgets are in size-budget.json. A page or the PDF more than `slackBytes` (2 KB) over its budget
// fails; one more than that under it is reported, so the budget can be lowered with `--update`
// (which rewrites the figures from this build: do that too for a growth that is meant).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

import { htmlFiles } from "./html-files.mjs";

const CHUNKS = "_next/static/chunks";
export const BUDGET_FILE = fileURLToPath(new URL("../size-budget.json", import.meta.url));

/** Strings only Dexie's own code carries (its global registration and its error class). */
const STORAGE_LIBRARY = /Symbol\.for\("Dexie"\)|\.DexieError=/;
/** pdfkit's producer string, written into every PDF it makes. */
const PDFKIT_MARK = /PDFKit/;

/** The chunk files a page's HTML names, in order, without `nomodule` scripts. */
export function htmlChunks(html) {
  const noModule = new Set(
    [...html.matchAll(/<script\b[^>]*\bsrc="\/_next\/static\/chunks\/([^"]+)"[^>]*>/g)]
      .filter(([tag]) => /\bnoModule\b/i.test(tag))
      .map(([, file]) => file),
  );
  const named = [...html.matchAll(/\/_next\/static\/chunks\/([\w.-]+\.js)/g)].map(([, file]) => file);
  return [...new Set(named)].filter((file) => !noModule.has(file));
}

/**
 * Turbopack's async loaders in a chunk: module id → the chunk files it loads. Each is a module
 * `N,e=>{e.v(t=>Promise.all(["static/chunks/a.js",…].map(t=>e.l(t))).then(()=>t(M)))}`.
 */
export function asyncLoaders(chunk) {
  const loaders = new Map();
  const loader = /(\d+),(\w+)=>\{\2\.v\(\(?(\w+)\)?=>Promise\.all\(\[([^\]]*)\]\.map\(/g;
  for (const [, id, , , list] of chunk.matchAll(loader)) {
    const files = [...list.matchAll(/"static\/chunks\/([\w.-]+\.js)"/g)].map(([, file]) => file);
    loaders.set(id, files);
  }
  return loaders;
}

/** The loader ids a chunk's `next/dynamic` components load: `dynamic(()=>e.A(N)…,{loadableGenerated…`. */
export function dynamicComponents(chunk) {
  const call = /\(\)=>\w+\.A\((\d+)\)(?:\.then\(\(?\w+\)?=>\w+\.\w+\))?,\{loadableGenerated/g;
  return [...chunk.matchAll(call)].map(([, id]) => id);
}

/**
 * The checklist-text loaders (lib/i18n/load-checklist-text.ts): kind ("fullTexts", "formTexts",
 * "readingTexts") → language → loader ids (`fullTexts:{en:()=>e.A(N),zh:()=>e.A(M)},formTexts:{…}`).
 */
export function checklistTextLoaders(chunk) {
  const kinds = new Map();
  for (const [, kind, body] of chunk.matchAll(/\b(fullTexts|formTexts|readingTexts):\{([^{}]*)\}/g)) {
    const languages = kinds.get(kind) ?? new Map();
    for (const [, language, id] of body.matchAll(/(\w+):\(\)=>\w+\.A\((\d+)\)/g))
      languages.set(language, [...(languages.get(language) ?? []), id]);
    kinds.set(kind, languages);
  }
  return kinds;
}

const TEXT_KINDS = { full: "fullTexts", form: "formTexts", reading: "readingTexts" };
/** What the app shell loads after the page's load event: the service worker's client. */
const AFTER_LOAD = /workbox:window/;

/**
 * The first-load chunk files of a page (see the top of this file). `page` = { language, texts }
 * where `texts` is "full", "form", "reading" or undefined.
 */
export function firstLoadChunks(html, readChunk, loaders, page = {}) {
  const files = htmlChunks(html);
  const seen = new Set(files);
  const add = (id) => {
    for (const more of loaders.get(id) ?? []) {
      if (!seen.has(more)) {
        seen.add(more);
        files.push(more);
      }
    }
  };
  const afterLoad = [...loaders].filter(([, chunks]) =>
    chunks.some((file) => AFTER_LOAD.test(readChunk(file))),
  );
  for (const file of [...files]) {
    const chunk = readChunk(file);
    dynamicComponents(chunk).forEach(add);
    for (const [id] of afterLoad) if (chunk.includes(`.A(${id})`)) add(id);
  }
  if (page.texts !== undefined) {
    const kind = TEXT_KINDS[page.texts];
    if (kind === undefined) throw new Error(`texts must be one of ${Object.keys(TEXT_KINDS).join(", ")}`);
    const found = files.map((file) => checklistTextLoaders(readChunk(file)).get(kind)).find(Boolean);
    if (found === undefined) throw new Error(`no first-load chunk of this page loads checklist ${kind}`);
    (found.get(page.language) ?? []).forEach(add);
  }
  return files;
}

const gzipBytes = (text) => gzipSync(text, { level: 9 }).length;

/** A page's name in the budget: its path as served ("/en/summary/", "/404.html"). */
const pageOf = (out, path) =>
  "/" +
  relative(out, path)
    .split(sep)
    .join("/")
    .replace(/(^|\/)index\.html$/, "$1");

/**
 * Every figure the budget covers, measured on the static export in `out`; `budget.pages` says
 * which checklist texts each page loads (its `texts`).
 */
export function measure(out, budget) {
  const texts = new Map();
  const readChunk = (file) => {
    if (!texts.has(file)) texts.set(file, readFileSync(join(out, CHUNKS, file), "utf8"));
    return texts.get(file);
  };
  const sizes = new Map();
  const sizeOf = (file) => {
    if (!sizes.has(file)) sizes.set(file, gzipBytes(readChunk(file)));
    return sizes.get(file);
  };
  const all = readdirSync(join(out, CHUNKS)).filter((file) => file.endsWith(".js"));
  const loaders = new Map();
  for (const file of all) for (const [id, files] of asyncLoaders(readChunk(file))) loaders.set(id, files);

  const pages = {};
  const storageInFirstLoad = [];
  for (const path of [...htmlFiles(out)].sort()) {
    const page = pageOf(out, path);
    const language = page.split("/")[1];
    const files = firstLoadChunks(readFileSync(path, "utf8"), readChunk, loaders, {
      language,
      texts: budget.pages[page]?.texts,
    });
    pages[page] = files.reduce((sum, file) => sum + sizeOf(file), 0);
    for (const file of files)
      if (STORAGE_LIBRARY.test(readChunk(file))) storageInFirstLoad.push({ page, file });
  }

  // The PDF: the largest set of chunks any loader fetches together with pdfkit's chunk.
  const withPdfkit = all.filter((file) => PDFKIT_MARK.test(readChunk(file)));
  let pdf = 0;
  for (const files of loaders.values()) {
    if (files.some((file) => withPdfkit.includes(file)))
      pdf = Math.max(
        pdf,
        files.reduce((sum, file) => sum + sizeOf(file), 0),
      );
  }
  return { pages, pdf, pdfFound: withPdfkit.length > 0, storageInFirstLoad };
}

/**
 * What a build breaks: each page or the PDF more than `slackBytes` over its budget, a page with no
 * budget, a budgeted page that is gone, Dexie in a first-load chunk of a page not allowed it, no
 * PDF chunk found. Also notes (not failures) for figures more than `slackBytes` under budget.
 */
export function check(measured, budget) {
  const problems = [];
  const notes = [];
  const slack = budget.slackBytes;
  const compare = (name, got, allowed) => {
    if (got > allowed + slack)
      problems.push(`${name}: ${kb(got)} gzip, over its budget of ${kb(allowed)} by ${kb(got - allowed)}`);
    else if (got < allowed - slack)
      notes.push(`${name}: ${kb(got)} gzip, ${kb(allowed - got)} under its budget`);
  };
  for (const [page, got] of Object.entries(measured.pages)) {
    const allowed = budget.pages[page]?.gzip;
    if (allowed === undefined) problems.push(`${page}: ${kb(got)} gzip, no budget (add it with --update)`);
    else compare(page, got, allowed);
  }
  for (const page of Object.keys(budget.pages))
    if (!(page in measured.pages)) problems.push(`${page}: has a budget but is no longer built`);
  if (!measured.pdfFound) problems.push("PDF chunk: no chunk holds pdfkit (is it still bundled?)");
  else compare("PDF chunk", measured.pdf, budget.pdf.gzip);
  const allowed = new Set(budget.storageAllowed?.pages ?? []);
  for (const { page, file } of measured.storageInFirstLoad)
    if (!allowed.has(page))
      problems.push(`${page}: first-load chunk ${file} holds Dexie (import() it where something is written)`);
  return { problems, notes };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The budget file rewritten with this build's figures (texts, storageAllowed and slack kept). */
export function budgetOf(measured, budget) {
  const pages = {};
  for (const [page, gzip] of Object.entries(measured.pages))
    pages[page] = { gzip, ...(budget.pages[page]?.texts ? { texts: budget.pages[page].texts } : {}) };
  return { ...budget, pages, pdf: { gzip: measured.pdf } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const out = args.find((a) => !a.startsWith("--")) ?? "out";
  let budget = JSON.parse(readFileSync(BUDGET_FILE, "utf8"));
  const measured = measure(out, budget);
  if (args.includes("--update")) {
    budget = budgetOf(measured, budget);
    writeFileSync(BUDGET_FILE, JSON.stringify(budget, null, 2) + "\n");
    console.log(`size budget: wrote ${relative(process.cwd(), BUDGET_FILE)} from ${out}/`);
  }
  const { problems, notes } = check(measured, budget);
  for (const [page, got] of Object.entries(measured.pages))
    console.log(`  ${page.padEnd(22)} ${kb(got).padStart(9)}  (budget ${kb(budget.pages[page]?.gzip ?? 0)})`);
  console.log(`  ${"PDF chunk".padEnd(22)} ${kb(measured.pdf).padStart(9)}  (budget ${kb(budget.pdf.gzip)})`);
  for (const note of notes) console.log(`size budget: note: ${note}; lower it with --update`);
  for (const problem of problems) console.error(`size budget: ${problem}`);
  if (problems.length > 0) process.exit(1);
  console.log(`size budget: every page and the PDF within ${kb(budget.slackBytes)} of their budgets`);
}
