// Post-build step: give every exported page a Content-Security-Policy that allows exactly its own
// inline scripts. Next's static HTML carries inline bootstrap scripts whose content differs per
// page; a static export has no server to add nonces, so each page gets a <meta> policy listing the
// SHA-256 of its inline scripts. No 'unsafe-inline' for scripts, no host other than 'self'.
// What a meta tag cannot carry (frame-ancestors) is sent as a header by serve.json.
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

import { htmlFiles } from "./html-files.mjs";

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const EXISTING_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;

/** @param {string} html @returns {string[]} 'sha256-…' sources of the inline scripts, in order */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const body = match[1] ?? "";
    if (body.length === 0) continue;
    hashes.push(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...new Set(hashes)];
}

/**
 * One policy for every page: the PDF maker (pdfkit) is plain JavaScript, so no page needs
 * WebAssembly ('wasm-unsafe-eval') or data: fetches.
 * @param {string[]} scriptHashes
 */
export function buildPolicy(scriptHashes) {
  const directives = [
    ["default-src", "'self'"],
    ["script-src", "'self'", ...scriptHashes],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["worker-src", "'self'", "blob:"],
    ["manifest-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** Inserts (or replaces) the CSP meta tag right after <meta charset>, before any script. */
export function withPolicy(html, policy) {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  if (EXISTING_META.test(html)) return html.replace(EXISTING_META, tag);
  const charset = html.match(/<meta charSet="utf-8"\/>/i);
  if (charset?.index !== undefined) {
    const at = charset.index + charset[0].length;
    return html.slice(0, at) + tag + html.slice(at);
  }
  if (!html.includes("<head>")) throw new Error("page has no <head>");
  return html.replace("<head>", `<head>${tag}`);
}

export async function applyPolicies(outDir) {
  let pages = 0;
  for (const file of htmlFiles(outDir)) {
    const html = await readFile(file, "utf8");
    const policy = buildPolicy(inlineScriptHashes(html));
    await writeFile(file, withPolicy(html, policy));
    pages += 1;
  }
  return pages;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? "out";
  const pages = await applyPolicies(outDir);
  if (pages === 0) throw new Error(`no HTML pages found in ${outDir}`);
  console.log(`csp: wrote a hash-based Content-Security-Policy into ${pages} pages`);
}
