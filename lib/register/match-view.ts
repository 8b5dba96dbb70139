// An earlier engagement in words, for one language: drawn as a screening hit is (the identity
// step reuses the screening's match item, components/screening/screening-record.tsx), with the
// earlier assessment's project, date, verdict and decisive flags among its details. Pure: `t` is
// a translator of the `register` namespace, `words` the checklist's words for levels, decisions
// and flags.
import type { AnswerSource } from "@/lib/assessment/answer-sources";
import type { Locale, Translate } from "@/lib/base/locale";
import type { Decision, Level } from "@/lib/checklist/types";
import { formatDate, PROFILES } from "@/lib/i18n/profile";
import type { HitDecision } from "@/lib/screening/record";
import type { ScreeningHitView } from "@/lib/screening/record-view";
import type { RegisterDecision } from "@/lib/storage/register-decision";

import type { EarlierEngagement, RegisterMatch } from "./register-index";

export interface VerdictWords {
  level: (l: Level) => string;
  decision: (d: Decision) => string;
  flag: (slug: string) => string;
}

/** The day of an engagement (its completion, a draft's last change), YYYY-MM-DD. */
export const engagementDay = (e: Pick<EarlierEngagement, "date">) => e.date.slice(0, 10);

/** "High · Escalate", or "Draft" for an assessment without a verdict. */
export function verdictText(e: EarlierEngagement, t: Translate, words: VerdictWords): string {
  return e.level && e.decision ? `${words.level(e.level)} · ${words.decision(e.decision)}` : t("draft");
}

/** The decision on a match, if any (a decision made on another name or assessment does not count). */
export function decisionOf(
  match: RegisterMatch,
  decisions: readonly RegisterDecision[],
  assessmentId: string,
): RegisterDecision | undefined {
  return decisions.find(
    (d) =>
      d.assessmentId === assessmentId &&
      d.earlierId === match.engagement.assessmentId &&
      d.name === match.name.trim(),
  );
}

export function registerMatchView(
  match: RegisterMatch,
  decision: RegisterDecision | undefined,
  t: Translate,
  words: VerdictWords,
  locale: Locale,
): ScreeningHitView {
  const e = match.engagement;
  const state: HitDecision = decision?.decision ?? "pending";
  const enumeration = PROFILES[locale].enumeration;
  const rows: [string, string | undefined][] = [
    ["detail.project", e.project || t("untitled")],
    ["detail.date", formatDate(engagementDay(e), locale)],
    ["detail.verdict", verdictText(e, t, words)],
    ["detail.flags", e.decisiveFlags.map(words.flag).join(enumeration) || undefined],
    ["detail.party", `${t(`roles.${match.party.role}`)}${PROFILES[locale].wordSpace}${match.party.name}`],
    ["detail.score", `${Math.round(match.score * 100)}%`],
    [
      "detail.tokens",
      match.pairs.map((p) => (p.query === p.listed ? p.query : `${p.query} ↔ ${p.listed}`)).join(enumeration),
    ],
  ];
  return {
    id: `${e.assessmentId}:${match.name}`,
    role: match.role,
    name: match.name,
    entryName: match.party.name,
    score: match.score,
    decision: state,
    heading: t("heading", {
      role: t(`roles.${match.role}`),
      name: match.name,
      party: match.party.name,
      date: formatDate(engagementDay(e), locale),
    }),
    decisionLabel: t(`decision.${state}`),
    reason: decision?.reason ? PROFILES[locale].dash + t("reason", { reason: decision.reason }) : undefined,
    details: rows.flatMap(([key, value]) => (value ? [{ label: t(key), value }] : [])),
  };
}

/** The "refused before" question, in every checklist version (section H). */
export const REFUSED_BEFORE = "refused_before";

/**
 * The answer "yes" to "refused before", from the latest confirmed earlier engagement that was
 * declined or escalated; undefined when no confirmed match was.
 */
export function refusedBeforeSource(
  matches: readonly RegisterMatch[],
  decisions: readonly RegisterDecision[],
  assessmentId: string,
): Extract<AnswerSource, { kind: "earlier_assessment" }> | undefined {
  const refused = matches
    .filter((m) => decisionOf(m, decisions, assessmentId)?.decision === "confirmed")
    .map((m) => m.engagement)
    .filter((e) => e.status === "completed" && (e.decision === "decline" || e.decision === "escalate"))
    .sort((a, b) => b.date.localeCompare(a.date));
  const latest = refused[0];
  return latest
    ? {
        kind: "earlier_assessment",
        date: engagementDay(latest),
        answer: "yes",
        assessmentId: latest.assessmentId,
      }
    : undefined;
}
