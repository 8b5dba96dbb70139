// The engine's result for a released checklist version is part of that version's contract: the
// summaries frozen in these files (exported before issue 13, with the code of that time) must
// still be exactly what the engine gives for their answers, and their fingerprints must still
// be what the canonical JSON gives. An engine change that fails this must be gated by version.
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { CHECKLISTS } from "@/lib/checklist/registry";
import { readExchangeText } from "@/lib/storage/exchange";

import { restoreAssessment } from "./assessment";
import { canonicalJson } from "./canonical-json";
import { fingerprint } from "./fingerprint";
import { checkIntegrity, rederive } from "./integrity";

const RELEASED = ["2026.1", "2026.2"] as const;

const kept = (version: string) =>
  readFileSync(new URL(`../../test/fixtures/assessment/export-${version}.json`, import.meta.url), "utf8");

describe("kept exports of every released checklist version", () => {
  it("cover every released version", () => {
    expect(Object.keys(CHECKLISTS)).toEqual(expect.arrayContaining([...RELEASED]));
  });

  for (const version of RELEASED) {
    it(`${version}: the stored summaries re-derive exactly and the fingerprints are unchanged`, async () => {
      const file = JSON.parse(kept(version)) as { assessments: { fingerprint: string }[] };
      expect(file.assessments.length).toBeGreaterThan(0);
      for (const raw of file.assessments) {
        const a = restoreAssessment(raw);
        expect(a.checklistVersion).toBe(version);
        expect(canonicalJson(rederive(a))).toBe(canonicalJson(a.summary));
        expect(await fingerprint(a)).toBe(raw.fingerprint);
        // Written before the chain existed: no chain, and still consistent.
        expect(a.chain).toBeUndefined();
        expect(await checkIntegrity(a)).toBeNull();
      }
      expect(await readExchangeText(kept(version))).toHaveLength(file.assessments.length);
    });
  }
});
