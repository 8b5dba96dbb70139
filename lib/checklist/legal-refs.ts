// Formatting of legal references. A reference is data ({ law, articles, unverified }); the law's
// name comes from the message files, so this module stays pure and locale-agnostic apart from
// the citation pattern itself: "《数据安全法》第三十一条" / "Data Security Law, Art. 31".
// Article numbers the domain reference could not verify are marked, never shown as certain.
import { LAWS } from "./laws";
import type { LegalRef } from "./types";

import type { Locale } from "@/lib/base/locale";

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;
const UNITS = ["", "十", "百", "千"] as const;

/** 31 → 三十一, 10 → 十, 110 → 一百一十, 101 → 一百零一, 1001 → 一千零一. Integers 0–9999. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999)
    throw new RangeError(`Cannot write ${n} in Chinese numerals`);
  if (n === 0) return DIGITS[0];
  const digits = String(n).split("").map(Number);
  let out = "";
  let pendingZero = false;
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i] ?? "";
    if (d === 0) {
      pendingZero = out !== "";
      return;
    }
    if (pendingZero) out += DIGITS[0];
    pendingZero = false;
    out += (DIGITS[d] ?? "") + unit;
  });
  return out.startsWith("一十") ? out.slice(1) : out;
}

const ARTICLE = /^(\d+)(?:-(\d+))?(?:\((\d+)\))?$/;

/** "31" → 第三十一条; "334-1" → 第三百三十四条之一; "62(4)" → 第六十二条第四项. */
export function formatArticleZh(article: string): string {
  const m = ARTICLE.exec(article);
  if (!m) return article;
  const [, num, sub, item] = m;
  let out = `第${toChineseNumeral(Number(num))}条`;
  if (sub) out += `之${toChineseNumeral(Number(sub))}`;
  if (item) out += `第${toChineseNumeral(Number(item))}项`;
  return out;
}

export const UNVERIFIED_MARK = { en: " (to verify)", zh: "（待核实）" } as const satisfies Record<
  Locale,
  string
>;

/**
 * Cites a reference in one language. `lawName` is the translated name from `laws.<id>`.
 * Chinese legal texts are wrapped in 《》 in Chinese; standards, cases and guidance are not.
 */
export function formatLegalRef(ref: LegalRef, locale: Locale, lawName: string): string {
  const articles = ref.articles ?? [];
  const bracketed = locale === "zh" && LAWS[ref.law].kind === "statute";
  const name = bracketed ? `《${lawName}》` : lawName;
  let out: string;
  if (locale === "zh") {
    out = name + articles.map(formatArticleZh).join("、");
  } else if (articles.length === 0) {
    out = name;
  } else {
    out = `${name}, ${articles.length === 1 ? "Art." : "Arts."} ${articles.join(", ")}`;
  }
  return ref.unverified ? out + UNVERIFIED_MARK[locale] : out;
}

/** Several references, joined as a list in the locale's punctuation. */
export function formatLegalRefs(
  refs: readonly LegalRef[],
  locale: Locale,
  lawName: (ref: LegalRef) => string,
): string {
  return refs.map((ref) => formatLegalRef(ref, locale, lawName(ref))).join(locale === "zh" ? "；" : "; ");
}
