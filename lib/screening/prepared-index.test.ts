import { describe, expect, it } from "vitest";

import { MATCH_TABLE } from "@/test/fixtures/screening/match-table";
import { type PreparedPart, PART_ENTRIES, PreparedList, prepareParts, postingsOf } from "./prepared-index";
import { indexEntry, ScreeningIndex } from "./screen-index";

const entries = MATCH_TABLE.map((row, i) =>
  indexEntry({
    key: String(i),
    names: row.listed.names,
    chineseName: row.listed.chineseName,
    countries: ["xx"],
  }),
);

/** The parts as IndexedDB gives them back: a structured clone, in any order. */
const stored = (parts: PreparedPart[]) => structuredClone(parts).reverse();

describe("the stored, prepared index", () => {
  it("finds what the freshly built index finds, for every name of the match table, with the same scores", () => {
    const fresh = new ScreeningIndex([{ id: "l", entries }]);
    const prepared = new ScreeningIndex([PreparedList.fromParts("l", stored(prepareParts(entries)))]);
    for (const row of MATCH_TABLE) {
      const expected = fresh.screen(row.query);
      expect(prepared.screen(row.query), row.query).toEqual(expected);
    }
    // Not a vacuous comparison: the table's same-party names are found in the whole list.
    const found = MATCH_TABLE.filter((row) => row.match && fresh.screen(row.query).length > 0);
    expect(found.length).toBe(MATCH_TABLE.filter((row) => row.match).length);
  });

  it("keeps every key of every entry, and a list split into several parts keeps entry positions", () => {
    const many = Array.from({ length: PART_ENTRIES * 2 + 3 }, (_, i) => entries[i % entries.length]!);
    const parts = prepareParts(many);
    expect(parts.map((p) => p.entries.length)).toEqual([PART_ENTRIES, PART_ENTRIES, 3]);
    const list = PreparedList.fromParts("l", stored(parts));
    expect(list.size).toBe(many.length);
    const last = many.length - 1;
    expect(list.entry(last).key).toBe(many[last]!.key);
    for (const key of many[last]!.keys) expect([...postingsOf(list.postings, key)]).toContain(last);
    expect(postingsOf(list.postings, "w:no-such-key")).toHaveLength(0);
  });

  it("an empty list has no keys and screens to nothing", () => {
    const list = PreparedList.fromParts("l", stored(prepareParts([])));
    expect(list.size).toBe(0);
    expect(new ScreeningIndex([list]).screen("Brightwave Analytics")).toEqual([]);
  });
});
