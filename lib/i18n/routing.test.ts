import { describe, expect, it } from "vitest";

import { labelled, parenthesised } from "./routing";

describe("labelled", () => {
  it.each([
    ["Project", "en", "Project: "],
    ["项目", "zh", "项目："],
    // A question keeps its own mark: no "?:" or "？：".
    ["What data will be collected?", "en", "What data will be collected? "],
    ["项目会采集哪些数据？", "zh", "项目会采集哪些数据？"],
    ["Is it urgent!", "en", "Is it urgent! "],
    ["Note:", "en", "Note: "],
    ["备注：", "zh", "备注："],
    ["Trailing space ", "en", "Trailing space: "],
  ])("%s (%s) → %j", (label, locale, expected) => {
    expect(labelled(label, locale)).toBe(expected);
  });
});

describe("parenthesised", () => {
  it.each([
    ["High", "en", " (High)"],
    ["严重", "zh", "（严重）"],
  ])("%s (%s) → %j", (note, locale, expected) => {
    expect(parenthesised(note, locale)).toBe(expected);
  });

  it("takes a colon after it like any label", () => {
    expect(labelled(parenthesised("严重", "zh"), "zh")).toBe("（严重）：");
    expect(labelled(parenthesised("High", "en"), "en")).toBe(" (High): ");
  });
});
