// The screening record in words, for one language: the outcome per list question, the lists with
// their dates and fingerprints, the names screened and every possible match explained with its
// decision. The summary view model (lib/summary/summary-view.ts) carries it to the summary page,
// the print view and the PDF; the identity step and the one-name check draw its outcome and hit
// parts. Pure: `t` is a translator of the `screening` namespace.
import type { Locale, Translate } from "@/lib/base/locale";
import { formatDateTime, PROFILES } from "@/lib/i18n/profile";
import { labelled } from "@/lib/i18n/routing";

import { hitId } from "./build-record";
import { recordRows, type ScopeOutcome } from "./outcome";
import type { HitDecision, NameRole, RecordedHit, ScreenedList, ScreeningRecord } from "./record";
import type { ListScope, ScreeningHit } from "./types";

export interface ScreeningOutcomeLine {
  scope: ListScope;
  outcome: ScopeOutcome;
  /** "Foreign sanctions lists (A5): ", with the language's colon. */
  question: string;
  /** "No match in Sample list (as of 2026-11-01)". */
  text: string;
}

export interface HitDetailRow {
  label: string;
  value: string;
}

export interface ScreeningHitView {
  /** Stable across re-screening (build-record.ts hitId). */
  id: string;
  role: NameRole;
  name: string;
  entryName: string;
  score: number;
  decision: HitDecision;
  /** "Client: Brightwave Analytics GmbH → Brightwave Analytics Ltd." */
  heading: string;
  decisionLabel: string;
  /** " — Reason: …" (Chinese "——理由：…"), after the decision of a dismissed match. */
  reason?: string;
  /** List, listed and matched name (alias or not), programme, score, matching words… */
  details: HitDetailRow[];
}

export interface ScreeningView {
  title: string;
  /** "Screened on 30 November 2026 at 10:00". */
  screenedAt: string;
  outcomesTitle: string;
  outcomes: ScreeningOutcomeLine[];
  listsTitle: string;
  lists: {
    id: string;
    /** "Sample list (as of 2026-11-01)". */
    dated: string;
    scope: string;
    /** "4 entities". */
    entities: string;
    /** The first 16 hex digits of the file's SHA-256, labelled. */
    sha256: string;
  }[];
  namesTitle: string;
  /** `label`: the role with the language's colon; `note`: " — no possible match", when none. */
  names: { role: NameRole; name: string; label: string; note?: string }[];
  hitsTitle: string;
  hits: ScreeningHitView[];
}

const separator = (locale: Locale) => PROFILES[locale].enumeration;
/** Joins a remark to what it qualifies: an English spaced dash, a Chinese double dash. */
const dash = (locale: Locale) => PROFILES[locale].dash;

const dated = (t: Translate, list: Pick<ScreenedList, "name" | "asOf">) =>
  t("listDated", { name: list.name, date: list.asOf });

/** Per list question that was screened: what the record says, and on which dated lists. */
export function screeningOutcomeLines(
  record: ScreeningRecord,
  t: Translate,
  locale: Locale,
): ScreeningOutcomeLine[] {
  return recordRows(record).outcomes.map(({ scope, outcome, lists }) => ({
    scope,
    outcome,
    question: labelled(t(`scope.${scope}`), locale),
    text: t(`outcome.${outcome}`, { lists: lists.map((l) => dated(t, l)).join(separator(locale)) }),
  }));
}

/** Why a name is a possible match: the list, the listed and matched names, the score and the words. */
export function hitDetailRows(
  hit: Omit<ScreeningHit, "listId">,
  listName: string,
  t: Translate,
  locale: Locale,
): HitDetailRow[] {
  const rows: [string, string | undefined][] = [
    ["hit.listed", hit.entryName],
    [
      "hit.matched",
      hit.alias ? hit.matchedName + PROFILES[locale].wordSpace + t("hit.alias") : hit.matchedName,
    ],
    ["hit.list", hit.list ? `${listName} · ${hit.list}` : listName],
    ["hit.programme", hit.programme],
    ["hit.listedOn", hit.listedOn],
    ["hit.countries", hit.countries.join(separator(locale)) || undefined],
    ["hit.source", hit.sourceUrl],
    ["hit.score", `${Math.round(hit.score * 100)}%`],
    [
      "hit.tokens",
      hit.pairs
        .map((p) => (p.query === p.listed ? p.query : `${p.query} ↔ ${p.listed}`))
        .join(separator(locale)),
    ],
  ];
  return rows.flatMap(([key, value]) => (value ? [{ label: t(key), value }] : []));
}

/** One recorded possible match in words; `list` is the snapshot it was found in, when recorded. */
export function screeningHitView(
  hit: RecordedHit,
  list: Pick<ScreenedList, "name" | "asOf"> | undefined,
  t: Translate,
  locale: Locale,
): ScreeningHitView {
  return {
    id: hitId(hit),
    role: hit.role,
    name: hit.name,
    entryName: hit.entryName,
    score: hit.score,
    decision: hit.decision,
    heading: `${labelled(t(`roles.${hit.role}`), locale)}${hit.name} → ${hit.entryName}`,
    decisionLabel: t(`decision.${hit.decision}`),
    ...(hit.decision === "dismissed" && hit.reason
      ? { reason: dash(locale) + t("record.reason", { reason: hit.reason }) }
      : {}),
    details: hitDetailRows(hit, list ? dated(t, list) : hit.listId, t, locale),
  };
}

/** The whole record, as the summary and the PDF show it. */
export function screeningView(record: ScreeningRecord, t: Translate, locale: Locale): ScreeningView {
  const rows = recordRows(record);
  const lists = new Map(record.lists.map((l) => [l.id, l]));
  const screenedAt = formatDateTime(rows.screenedAt, locale);
  return {
    title: t("record.title"),
    screenedAt: t("record.screenedAt", { date: screenedAt }),
    outcomesTitle: t("record.outcomes"),
    outcomes: screeningOutcomeLines(record, t, locale),
    listsTitle: t("record.lists"),
    lists: rows.lists.map((l) => ({
      id: l.id,
      dated: dated(t, l),
      scope: t(`scope.${l.scope}`),
      entities: t("record.entities", { count: l.entityCount }),
      sha256: t("record.sha256", { value: l.sha256.slice(0, 16) }),
    })),
    namesTitle: t("record.names"),
    names: rows.names.map((n) => ({
      role: n.role,
      name: n.name,
      label: labelled(t(`roles.${n.role}`), locale),
      ...(n.hits.length === 0 ? { note: dash(locale) + t("record.noHits") } : {}),
    })),
    hitsTitle: t("record.hits"),
    hits: rows.names.flatMap((n) =>
      n.hits.map((hit) => screeningHitView(hit, lists.get(hit.listId), t, locale)),
    ),
  };
}
