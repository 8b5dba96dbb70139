// The simple CSV template, in English or Chinese headers (both are read by formats.ts), with two
// made-up rows that show every column. Saved with a byte-order mark so spreadsheet programs open
// the Chinese text as UTF-8.
import Papa from "papaparse";

import type { Locale } from "@/lib/base/locale";

import { SIMPLE_COLUMNS, SIMPLE_COLUMNS_ZH, type SimpleColumn } from "./formats";

/** The template's header in each language (formats.ts reads both). */
const HEADERS: Record<Locale, Record<SimpleColumn, string>> = {
  en: Object.fromEntries(SIMPLE_COLUMNS.map((c) => [c, c])) as Record<SimpleColumn, string>,
  zh: SIMPLE_COLUMNS_ZH,
};

const EXAMPLES = {
  en: [
    [
      "Example Surveying Co., Ltd.",
      "Example Mapping; EXSV",
      "示例测绘有限公司",
      "CN",
      "Unreliable Entity List",
      "",
      "2025-01-02",
      "https://www.mofcom.gov.cn/",
    ],
    ["Example Person", "", "", "US", "In-house watch list", "Internal review 2026-03", "2026-03-15", ""],
  ],
  zh: [
    [
      "Example Surveying Co., Ltd.",
      "Example Mapping; EXSV",
      "示例测绘有限公司",
      "CN",
      "不可靠实体清单",
      "",
      "2025-01-02",
      "https://www.mofcom.gov.cn/",
    ],
    ["Example Person", "", "", "US", "内部关注名单", "2026年3月内部审查", "2026-03-15", ""],
  ],
} as const satisfies Record<Locale, readonly (readonly string[])[]>;

export function templateCsv(locale: Locale): string {
  const header = SIMPLE_COLUMNS.map((c) => HEADERS[locale][c]);
  return `\uFEFF${Papa.unparse([header, ...EXAMPLES[locale].map((row) => [...row])], { newline: "\n" })}\n`;
}
