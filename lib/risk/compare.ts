// Differences between two summaries and two answer sets, for comparing an assessment with its
// re-assessment (or any two of the same engagement). Pure.
import type { Answers, Severity } from "@/lib/checklist/types";

import type { RiskSummary } from "./evaluate-risk";

export interface SummaryDiff {
  added: string[];
  removed: string[];
  changed: { slug: string; from: Severity; to: Severity }[];
}

/** Flags raised only in `later`, only in `earlier`, and raised in both with another residual severity. */
export function diffSummaries(earlier: RiskSummary, later: RiskSummary): SummaryDiff {
  const before = new Map(earlier.flags.map((f) => [f.slug, f.residual]));
  const after = new Map(later.flags.map((f) => [f.slug, f.residual]));
  return {
    added: [...after.keys()].filter((slug) => !before.has(slug)),
    removed: [...before.keys()].filter((slug) => !after.has(slug)),
    changed: [...after].flatMap(([slug, to]) => {
      const from = before.get(slug);
      return from !== undefined && from !== to ? [{ slug, from, to }] : [];
    }),
  };
}

/** Question ids whose answer differs (added, removed or changed), in `order` then any others. */
export function changedAnswerIds(earlier: Answers, later: Answers, order: readonly string[]): string[] {
  const ids = new Set([...Object.keys(earlier), ...Object.keys(later)]);
  const differs = (id: string) => JSON.stringify(earlier[id]) !== JSON.stringify(later[id]);
  const ordered = order.filter((id) => ids.has(id));
  const rest = [...ids].filter((id) => !order.includes(id)).sort();
  return [...ordered, ...rest].filter(differs);
}
