// The engine's policy: what a residual severity amounts to on its own, and what a level means for
// the decision. Checklist versions declare flags and rules; this is how the engine reads them.
import type { Decision, Level, Severity } from "@/lib/checklist/types";

/** The level a single residual severity amounts to on its own (rule 9 of the reference, 4.1). */
export function levelForSeverity(severity: Severity): Level {
  switch (severity) {
    case "informational":
      return "low";
    case "elevated":
      return "medium";
    case "high":
      return "high";
    case "prohibitive":
      return "critical";
  }
}

export function decisionForLevel(level: Level): Decision {
  switch (level) {
    case "low":
      return "proceed";
    case "medium":
      return "proceed_with_conditions";
    case "high":
      return "escalate";
    case "critical":
      return "decline";
  }
}
