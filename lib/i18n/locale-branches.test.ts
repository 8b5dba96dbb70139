// Adding a language is its message files plus one profile (profile.ts): code outside lib/i18n
// never asks which language it is writing in. This fails on a new `locale === "zh"` (or any
// comparison of a locale with a language tag) in product code outside lib/i18n.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

import { describe, expect, it } from "vitest";

import { LOCALES } from "@/lib/base/locale";

const ROOT = join(__dirname, "..", "..");
const TAGS = LOCALES.join("|");
/** `x === "zh"`, `"en" !== x`, `case "zh":`: a branch on the language. */
const LOCALE_BRANCH = new RegExp(
  `[!=]==?\\s*["'](?:${TAGS})["']|["'](?:${TAGS})["']\\s*[!=]==?|\\bcase\\s+["'](?:${TAGS})["']\\s*:`,
);

function* productFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (!/^(testing|fixtures|calibration|node_modules)$/.test(entry)) yield* productFiles(path);
    } else if (/\.(ts|tsx|mts|mjs)$/.test(entry) && !/\.test\.|\.d\.ts$/.test(entry)) yield path;
  }
}

function branchesIn(files: Iterable<string>): string[] {
  const found: string[] = [];
  for (const file of files) {
    const rel = relative(ROOT, file);
    if (rel.startsWith(join("lib", "i18n"))) continue;
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (LOCALE_BRANCH.test(line)) found.push(`${rel}:${i + 1}: ${line.trim()}`);
      });
  }
  return found;
}

describe("no branch on the language outside lib/i18n", () => {
  it("finds none in lib, components and app", () => {
    const files = ["lib", "components", "app"].flatMap((dir) => [...productFiles(join(ROOT, dir))]);
    expect(files.length).toBeGreaterThan(100);
    expect(branchesIn(files)).toEqual([]);
  });

  it.each([
    ['const x = locale === "zh" ? a : b;', true],
    ["if ('en' !== locale) return;", true],
    ['    case "zh":', true],
    ['const tag = PROFILES[locale].tag; // "zh-CN"', false],
    ['const label = { en: "templateEn", zh: "templateZh" };', false],
  ])("recognises a branch: %s → %s", (line, branch) => {
    expect(LOCALE_BRANCH.test(line)).toBe(branch);
  });
});
