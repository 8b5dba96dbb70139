// The combination rules of reference 4.1 applied to raised flags. Rules read the raised flags
// (id, section, residual severity) and never the answers, so each layer can be tested alone.
import {
  compareSeverity,
  type FlagPattern,
  type FlagSectionId,
  type Level,
  type Rule,
  type RuleId,
  type Severity,
} from "@/lib/checklist/types";

import { levelForSeverity } from "./policy";

export interface FlagView {
  readonly slug: string;
  readonly section: FlagSectionId;
  readonly residual: Severity;
}

export interface FiredRule {
  id: RuleId;
  level: Level;
  /** The raised flags that made the rule fire, in checklist order. */
  flags: string[];
}

function matches(pattern: FlagPattern, raised: ReadonlySet<string>): boolean {
  if ("flag" in pattern) return raised.has(pattern.flag);
  if ("allOf" in pattern) return pattern.allOf.every((p) => matches(p, raised));
  return pattern.anyOf.some((p) => matches(p, raised));
}

function mentioned(pattern: FlagPattern): string[] {
  if ("flag" in pattern) return [pattern.flag];
  return ("allOf" in pattern ? pattern.allOf : pattern.anyOf).flatMap(mentioned);
}

/** Flag ids a pattern names, for integrity tests. */
export function patternFlags(pattern: FlagPattern): string[] {
  return mentioned(pattern);
}

/** Whether one rule fires for these raised flags, and which flags made it fire. */
export function applyRule(rule: Rule, flags: readonly FlagView[]): FiredRule | null {
  switch (rule.kind) {
    case "anyResidual": {
      const hits = flags.filter((f) => compareSeverity(f.residual, rule.severity) >= 0);
      return hits.length > 0 ? { id: rule.id, level: rule.level, flags: hits.map((f) => f.slug) } : null;
    }
    case "pattern": {
      const raised = new Set(flags.map((f) => f.slug));
      if (!matches(rule.pattern, raised)) return null;
      const named = new Set(mentioned(rule.pattern));
      return {
        id: rule.id,
        level: rule.level,
        flags: flags.filter((f) => named.has(f.slug)).map((f) => f.slug),
      };
    }
    case "distinctSections": {
      const hits = flags.filter((f) => compareSeverity(f.residual, rule.atLeastSeverity) >= 0);
      const sections = new Set(hits.map((f) => f.section));
      return sections.size >= rule.sections
        ? { id: rule.id, level: rule.level, flags: hits.map((f) => f.slug) }
        : null;
    }
    case "baseSeverity": {
      let worst: Severity | null = null;
      for (const f of flags) if (worst === null || compareSeverity(f.residual, worst) > 0) worst = f.residual;
      if (worst === null) return { id: rule.id, level: "low", flags: [] };
      const top = worst;
      return {
        id: rule.id,
        level: levelForSeverity(top),
        flags: flags.filter((f) => f.residual === top).map((f) => f.slug),
      };
    }
  }
}
