// One counterparty across this browser's assessments (the counterparty page): the names confirmed
// as the same party, and every engagement found under any of them, oldest first. Pure.
import type { RegisterDecision } from "@/lib/storage/register-decision";

import type { EarlierEngagement, RegisterMatch } from "./register-index";

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** The names confirmed as the same party as `name`, through any chain of confirmations. */
export function confirmedAliases(name: string, decisions: readonly RegisterDecision[]): string[] {
  const found = [name.trim()];
  for (let i = 0; i < found.length; i++) {
    for (const d of decisions) {
      if (d.decision !== "confirmed") continue;
      const other = same(d.name, found[i]!) ? d.earlierName : same(d.earlierName, found[i]!) ? d.name : null;
      if (other !== null && !found.some((f) => same(f, other))) found.push(other.trim());
    }
  }
  return found.slice(1);
}

export interface CounterpartyEngagement {
  engagement: EarlierEngagement;
  /** The name the assessment gives the party, and as what. */
  party: RegisterMatch["party"];
  /** The same name, confirmed by a decision, or a possible match (with its score). */
  how: "same_name" | "confirmed" | "possible";
  score: number;
}

/**
 * `names`: the party's name, then its confirmed aliases. Every engagement the lookups found, once each (its best match), oldest
 * first; a match dismissed for one of these names is left out, one confirmed is marked.
 */
export function counterpartyEngagements(
  names: readonly string[],
  matches: readonly RegisterMatch[],
  decisions: readonly RegisterDecision[],
): CounterpartyEngagement[] {
  const ofParty = (d: RegisterDecision) =>
    names.some((n) => same(n, d.name)) || names.some((n) => same(n, d.earlierName));
  const decided = (id: string, kind: RegisterDecision["decision"]) =>
    decisions.some((d) => d.decision === kind && ofParty(d) && (d.earlierId === id || d.assessmentId === id));
  const best = new Map<string, RegisterMatch>();
  for (const m of matches) {
    const held = best.get(m.engagement.assessmentId);
    if (!held || m.score > held.score) best.set(m.engagement.assessmentId, m);
  }
  return [...best.values()]
    .map((m) => {
      const id = m.engagement.assessmentId;
      // The page's own name (the first); an alias's is a confirmed one.
      const how: CounterpartyEngagement["how"] = same(names[0] ?? "", m.party.name)
        ? "same_name"
        : decided(id, "confirmed")
          ? "confirmed"
          : "possible";
      return { m, how, dismissed: decided(id, "dismissed") };
    })
    .filter(({ how, dismissed }) => how !== "possible" || !dismissed)
    .map(({ m, how }) => ({ engagement: m.engagement, party: m.party, how, score: m.score }))
    .sort((a, b) => a.engagement.date.localeCompare(b.engagement.date));
}
