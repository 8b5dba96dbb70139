import { describe, expect, it } from "vitest";

import { MATCH_TABLE } from "@/test/fixtures/screening/match-table";
import { compareNames, wordSimilarity } from "./match";
import { normaliseName } from "./normalise";
import { indexEntry, ScreeningIndex } from "./screen-index";

function screenRow(row: (typeof MATCH_TABLE)[number]) {
  const entry = indexEntry({
    key: "1",
    names: row.listed.names,
    chineseName: row.listed.chineseName,
    countries: [],
  });
  return new ScreeningIndex([{ id: "list", entries: [entry] }]).screen(row.query);
}

describe("the match table", () => {
  it.each(MATCH_TABLE.map((row) => [row.why, row] as const))("%s", (_why, row) => {
    const hits = screenRow(row);
    expect(
      hits.length > 0,
      `${row.query} vs ${row.listed.names.join(" | ")}: ${JSON.stringify(hits[0])}`,
    ).toBe(row.match);
  });
});

describe("normalisation", () => {
  it("drops company forms in both scripts and folds width, case and traditional characters", () => {
    expect(normaliseName("ＡＣＭＥ Co., Ltd.").tokens.map((t) => t.text)).toEqual(["acme"]);
    expect(normaliseName("星海測繪股份有限公司").tokens.map((t) => t.text)).toEqual(["星", "海", "测", "绘"]);
    expect(normaliseName("Acme GmbH & Co. KG").tokens.map((t) => t.text)).toEqual(["acme"]);
  });

  it("gives Han characters their pinyin and generic words a low weight", () => {
    const tokens = normaliseName("华为科技").tokens;
    expect(tokens.map((t) => [t.text, t.pinyin, t.weight])).toEqual([
      ["华", "hua", 1],
      ["为", "wei", 1],
      ["科技", "keji", 0.25],
    ]);
  });
});

describe("explanations", () => {
  it("names the tokens that paired and the score", () => {
    const result = compareNames(normaliseName("Xinghai Cehui"), normaliseName("星海测绘"));
    expect(result.score).toBe(1);
    expect(result.pairs).toEqual([
      { query: "xinghai", listed: "星海", similarity: 1 },
      { query: "cehui", listed: "测绘", similarity: 1 },
    ]);
  });

  it("says which alias matched and on which list", () => {
    const row = MATCH_TABLE.find((r) => r.why === "an alias")!;
    const [hit] = screenRow(row);
    expect(hit).toMatchObject({ listId: "list", entryName: "Pemberton Holdings", alias: true });
    expect(hit!.matchedName).toBe("Harbour Light Consulting LLC");
  });

  it("never pairs a short word with a different one, nor a word with a much longer one", () => {
    expect(wordSimilarity("li", "lu")).toBe(0);
    expect(wordSimilarity("rosneft", "rosneftegaz")).toBe(0);
    expect(wordSimilarity("analytics", "analytcs")).toBeGreaterThan(0.9);
  });
});

describe("names that are also members of every JavaScript object", () => {
  // Issue 27: "constructor" was looked up in a plain object and came back as a function.
  const names = [
    "Constructor",
    "Constructor Trading Ltd",
    "toString Holdings",
    "__proto__ Analytics",
    "hasOwnProperty",
  ];

  it("load from a list file, normalise to their own words, and are found by screening", async () => {
    const { parseListFiles } = await import("./formats");
    const text = `name,aliases\n${names.map((n) => `"${n}",`).join("\n")}\n`;
    const entries = parseListFiles("simple_csv", [{ name: "words.csv", text }]);
    expect(entries.map((e) => e.names[0])).toEqual(names);
    for (const name of names)
      for (const token of normaliseName(name).tokens) expect(typeof token.text).toBe("string");
    const index = new ScreeningIndex([{ id: "list", entries: entries.map(indexEntry) }]);
    expect(index.screen("Constructor Trading Co.")[0]?.entryName).toBe("Constructor Trading Ltd");
    expect(index.screen("constructor").map((h) => h.entryName)).toContain("Constructor");
    expect(index.screen("__proto__ Analytics")[0]?.entryName).toBe("__proto__ Analytics");
  });
});
