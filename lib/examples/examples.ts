// Worked examples: assessments the app ships with, opened read-only from the home page so that a
// new user can see how a commission is judged before inventing one. Each entry is a thin reference
// to a fixture the engine's unit tests use (lib/risk/fixtures/), so an example cannot drift from
// the engine: change the fixture or the checklist and examples.test.ts checks the claim again.
// Texts are message keys under `examples.cases.<id>` in messages/{en,zh}.json.
import type { Answers, Decision, Level } from "@/lib/checklist/types";
import { benignTranslation } from "@/lib/risk/fixtures/benign-translation";
import { railwayBeforeSigning } from "@/lib/risk/fixtures/railway";
import { tradeFairLeads } from "@/lib/risk/fixtures/trade-fair-leads";

export const EXAMPLE_IDS = ["railway", "trade-fair", "translation"] as const;
export type ExampleId = (typeof EXAMPLE_IDS)[number];

export interface Example {
  /** Stable slug, used in the address (/en/examples/?id=railway). */
  readonly id: ExampleId;
  /** The fixture's answers, exactly as the unit tests evaluate them. */
  readonly answers: Answers;
  /** The checklist version the fixture is answered against. */
  readonly checklistVersion: string;
  /** What the example's card says the engine decides (checked by examples.test.ts). */
  readonly claims: { readonly level: Level; readonly decision: Decision };
}

export const EXAMPLES: readonly Example[] = [
  {
    id: "railway",
    answers: railwayBeforeSigning,
    checklistVersion: "2026.1",
    claims: { level: "critical", decision: "decline" },
  },
  {
    id: "trade-fair",
    answers: tradeFairLeads,
    checklistVersion: "2026.1",
    claims: { level: "medium", decision: "proceed_with_conditions" },
  },
  {
    id: "translation",
    answers: benignTranslation,
    checklistVersion: "2026.1",
    claims: { level: "low", decision: "proceed" },
  },
];

export function isExampleId(value: unknown): value is ExampleId {
  return typeof value === "string" && (EXAMPLE_IDS as readonly string[]).includes(value);
}

export function getExample(id: string | null | undefined): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}

/** The message keys of an example's card (namespace `examples`). */
export function exampleKeys(id: ExampleId) {
  return { title: `cases.${id}.title`, description: `cases.${id}.description` } as const;
}
