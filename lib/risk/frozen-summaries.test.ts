// A released checklist version's verdicts are part of its contract: a completed assessment is
// re-checked against its answers (issue 13), so the engine must give, for a released version, the
// very summary it gave when that version was released. The JSON beside the fixtures was written by
// the engine before the checklist was restructured (flags declared by their sections, key-unknown
// triggers derived from `key: true`) and must never change.
import { describe, expect, it } from "vitest";

import { getChecklist } from "@/lib/checklist/registry";
import type { Answers } from "@/lib/checklist/types";

import { evaluateRisk } from "./evaluate-risk";
import { benignTranslation } from "@/test/fixtures/risk/benign-translation";
import frozen from "@/test/fixtures/risk/frozen/summaries-2026.1-2026.2.json";
import { railwayBeforeSigning, railwayMidProject, railwaySecondCompany } from "@/test/fixtures/risk/railway";

const FIXTURES: Record<string, Answers> = {
  railwayBeforeSigning,
  railwayMidProject,
  railwaySecondCompany,
  benignTranslation,
};

describe("released checklist versions give the summaries they were released with", () => {
  it.each(Object.keys(frozen))("%s", (key) => {
    const [version, fixture] = key.split("/") as [string, string];
    const summary = evaluateRisk(getChecklist(version), FIXTURES[fixture]!, { date: "2026-11-28" });
    expect(JSON.stringify(summary, null, 2)).toBe(
      JSON.stringify(frozen[key as keyof typeof frozen], null, 2),
    );
  });
});
