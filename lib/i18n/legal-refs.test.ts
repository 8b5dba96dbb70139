import { describe, expect, it } from "vitest";

import { formatArticleZh, formatLegalRef, formatLegalRefs, toChineseNumeral } from "./legal-refs";

describe("toChineseNumeral", () => {
  it.each([
    [1, "一"],
    [10, "十"],
    [11, "十一"],
    [20, "二十"],
    [31, "三十一"],
    [100, "一百"],
    [101, "一百零一"],
    [110, "一百一十"],
    [111, "一百一十一"],
    [282, "二百八十二"],
    [334, "三百三十四"],
    [1001, "一千零一"],
    [1010, "一千零一十"],
    [2024, "二千零二十四"],
  ])("writes %i as %s", (n, expected) => {
    expect(toChineseNumeral(n)).toBe(expected);
  });

  it("rejects numbers it cannot write", () => {
    expect(() => toChineseNumeral(-1)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
  });
});

describe("formatArticleZh", () => {
  it("writes plain articles, 之一 articles and items the Chinese way", () => {
    expect(formatArticleZh("31")).toBe("第三十一条");
    expect(formatArticleZh("334-1")).toBe("第三百三十四条之一");
    expect(formatArticleZh("62(4)")).toBe("第六十二条第四项");
  });
});

describe("formatLegalRef", () => {
  it("cites a Chinese statute with its official name and Chinese article numerals", () => {
    expect(formatLegalRef({ law: "dsl", articles: ["31"] }, "zh", "数据安全法")).toBe(
      "《数据安全法》第三十一条",
    );
    expect(formatLegalRef({ law: "pipl", articles: ["38", "39", "40"] }, "zh", "个人信息保护法")).toBe(
      "《个人信息保护法》第三十八条、第三十九条、第四十条",
    );
  });

  it("cites in English with the English name and Art./Arts.", () => {
    expect(formatLegalRef({ law: "dsl", articles: ["31"] }, "en", "Data Security Law")).toBe(
      "Data Security Law, Art. 31",
    );
    expect(formatLegalRef({ law: "dsl", articles: ["36", "48"] }, "en", "Data Security Law")).toBe(
      "Data Security Law, Arts. 36, 48",
    );
    expect(formatLegalRef({ law: "criminal_law", articles: ["334-1"] }, "en", "Criminal Law")).toBe(
      "Criminal Law, Art. 334-1",
    );
  });

  it("marks unverified references as to be verified, never as certain", () => {
    expect(formatLegalRef({ law: "csl", articles: ["37"], unverified: true }, "zh", "网络安全法")).toBe(
      "《网络安全法》第三十七条（待核实）",
    );
    expect(
      formatLegalRef({ law: "csl", articles: ["37"], unverified: true }, "en", "Cybersecurity Law"),
    ).toBe("Cybersecurity Law, Art. 37 (to verify)");
  });

  it("does not put cases, standards or foreign guidance in 《》", () => {
    expect(formatLegalRef({ law: "case_railway" }, "zh", "上海铁路信号数据案（2021年）")).toBe(
      "上海铁路信号数据案（2021年）",
    );
    expect(formatLegalRef({ law: "bis_red_flags" }, "en", "US BIS red flags")).toBe("US BIS red flags");
  });

  it("joins several references with the locale's separator", () => {
    const refs = [{ law: "dsl", articles: ["31"] }, { law: "case_railway" }] as const;
    expect(formatLegalRefs(refs, "zh", (r) => (r.law === "dsl" ? "数据安全法" : "铁路案"))).toBe(
      "《数据安全法》第三十一条；铁路案",
    );
    expect(formatLegalRefs(refs, "en", (r) => (r.law === "dsl" ? "Data Security Law" : "Railway case"))).toBe(
      "Data Security Law, Art. 31; Railway case",
    );
  });
});
