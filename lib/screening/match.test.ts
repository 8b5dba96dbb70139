import { describe, expect, it } from "vitest";

import { MATCH_TABLE } from "./fixtures/match-table";
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
