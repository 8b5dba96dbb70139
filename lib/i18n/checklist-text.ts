// Texts of one checklist version in one language, for every renderer (form, summary, PDF).
// The checklist holds message keys only; this turns them into strings with next-intl's core
// translator (ICU plurals and arguments), without React, so the PDF can use it too.
// checklistTextFrom() takes the messages; the app loads them with loadChecklistText()
// (load-checklist-text.ts), one version and language at a time. createChecklistText() reads
// every version's files at once (checklist-text-sync.ts): tests, scripts and the e2e driver only.
import { createTranslator } from "next-intl";

import {
  approvalKey,
  controlKeys,
  decisionKey,
  flagKeys,
  lawKey,
  levelKey,
  lookupMessage,
  optionKey,
  questionKeys,
  reasonKey,
  ruleKeys,
  sectionKeys,
  severityKey,
  unitKey,
} from "@/lib/checklist/messages";
import {
  type AnswerValue,
  type Decision,
  type LegalRef,
  type Level,
  type Question,
  type RuleId,
  type SectionId,
  type Severity,
  type Unit,
  UNKNOWN,
} from "@/lib/checklist/types";

import { countryWithCode } from "./countries";
import { formatLegalRefs } from "./legal-refs";
import type { Locale, Messages } from "@/lib/base/locale";

type Values = Record<string, string | number>;

export type ChecklistText = ReturnType<typeof checklistTextFrom>;

/**
 * The texts the assessment form draws (load-checklist-text.ts loadFormChecklistText): everything
 * but the summary's own (flags' findings and advice, controls, rules, approvals, and what
 * `lookup` reads: reporting and unknowns), which its first load leaves out.
 */
export type FormChecklistText = Omit<
  ChecklistText,
  "flag" | "control" | "approval" | "ruleTitle" | "ruleReason" | "lookup"
>;

export function checklistTextFrom(messages: Messages, version: string, locale: Locale) {
  const translate = createTranslator({ locale, messages }) as unknown as (
    key: string,
    values?: Values,
  ) => string;
  const t = (key: string, values?: Values) => translate(key, values);
  const optional = (key: string) => (lookupMessage(messages, key) ? t(key) : undefined);
  const cite = (refs: readonly LegalRef[] | undefined) =>
    refs?.length ? formatLegalRefs(refs, locale, (ref) => t(lawKey(ref.law))) : undefined;
  const tag = locale === "zh" ? "zh-CN" : "en";
  const list = new Intl.ListFormat(tag, { type: "conjunction" });
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const option = (q: Question, o: string) => t(optionKey(q, o));

  /** An answer as a reader sees it; undefined when the question was not answered. */
  function answer(q: Question, value: AnswerValue | null | undefined): string | undefined {
    if (value === undefined || value === null || value === "") return undefined;
    if (value === UNKNOWN) return t(optionKey(q, UNKNOWN));
    switch (q.kind) {
      case "yesNo":
      case "singleChoice":
        return typeof value === "string" ? option(q, value) : String(value);
      case "multiChoice":
        return Array.isArray(value) ? list.format(value.map((v) => option(q, v))) : String(value);
      case "number":
        if (typeof value !== "number") return String(value);
        return q.unit ? `${number.format(value)} ${t(unitKey(q.unit))}` : number.format(value);
      case "country":
        return typeof value === "string" ? countryWithCode(value, locale) : String(value);
      case "text":
      case "longText":
      case "date":
        return String(value);
    }
  }

  return {
    locale,
    version,
    t,
    section: (id: SectionId) => t(sectionKeys(id).title),
    sectionIntro: (id: SectionId) => optional(sectionKeys(id).intro),
    questionLabel: (q: Question) => t(questionKeys(q).label),
    questionHelp: (q: Question) => optional(questionKeys(q).help),
    questionBasis: (q: Question) => cite(q.basis),
    option,
    answer,
    list: (items: readonly string[]) => list.format(items),
    unit: (unit: Unit) => t(unitKey(unit)),
    flag: (slug: string) => {
      const keys = flagKeys(slug);
      return { title: t(keys.title), finding: t(keys.finding), why: t(keys.why), action: t(keys.action) };
    },
    basis: cite,
    control: (id: string) => ({ label: t(controlKeys(id).label), condition: t(controlKeys(id).condition) }),
    approval: (id: string) => t(approvalKey(id)),
    ruleTitle: (id: RuleId) => t(ruleKeys(id).title),
    /** The one-sentence reason, naming the flags behind the verdict. */
    ruleReason: (id: RuleId, flagSlugs: readonly string[]) =>
      t(reasonKey({ rule: id, flags: flagSlugs }), {
        flags: list.format(flagSlugs.map((slug) => t(flagKeys(slug).title))),
      }),
    severity: (s: Severity) => t(severityKey(s)),
    level: (l: Level) => t(levelKey(l)),
    decision: (d: Decision) => t(decisionKey(d)),
    lookup: optional,
  };
}
