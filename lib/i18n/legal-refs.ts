// Formatting of legal references. A reference is data ({ law, articles, unverified }); the law's
// name comes from the message files and the citation pattern from the language's profile
// (CITATIONS below): "《数据安全法》第三十一条" / "Data Security Law, Art. 31".
// Article numbers the domain reference could not verify are marked, never shown as certain.
import type { Locale } from "@/lib/base/locale";
import { LAWS, type LawKind } from "@/lib/checklist/laws";
import type { LegalRef } from "@/lib/checklist/types";

import { PROFILES } from "./profile";

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

/** How one language cites a law's articles, and marks an article number not yet verified. */
interface Citation {
  cite(lawName: string, kind: LawKind, articles: readonly string[]): string;
  unverified: string;
}

/** One entry per language, beside its profile (profile.ts). */
const CITATIONS: Record<Locale, Citation> = {
  en: {
    cite: (name, _kind, articles) =>
      articles.length === 0
        ? name
        : `${name}, ${articles.length === 1 ? "Art." : "Arts."} ${articles.join(PROFILES.en.enumeration)}`,
    unverified: " (to verify)",
  },
  zh: {
    // Chinese legal texts are wrapped in 《》; standards, cases and guidance are not.
    cite: (name, kind, articles) =>
      (kind === "statute" ? `《${name}》` : name) +
      articles.map(formatArticleZh).join(PROFILES.zh.enumeration),
    unverified: "（待核实）",
  },
};

/** Cites a reference in one language. `lawName` is the translated name from `laws.<id>`. */
export function formatLegalRef(ref: LegalRef, locale: Locale, lawName: string): string {
  const citation = CITATIONS[locale];
  const out = citation.cite(lawName, LAWS[ref.law].kind, ref.articles ?? []);
  return ref.unverified ? out + citation.unverified : out;
}

/** Several references, joined as a list in the locale's punctuation. */
export function formatLegalRefs(
  refs: readonly LegalRef[],
  locale: Locale,
  lawName: (ref: LegalRef) => string,
): string {
  return refs.map((ref) => formatLegalRef(ref, locale, lawName(ref))).join(PROFILES[locale].clauseSeparator);
}
