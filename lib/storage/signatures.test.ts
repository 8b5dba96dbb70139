// Issue 27: sign-offs no one can forge, and the seal over everything a summary shows. Records are
// made the way the app makes them (draft → complete → sign off), then attacked the way the issue's
// attack run did: edit, recompute every public seal, and import.
import "fake-indexeddb/auto";

import { createTranslator } from "next-intl";
import { beforeEach, describe, expect, it } from "vitest";

import type { Assessment, SignOff } from "@/lib/assessment/assessment";
import { createAuditText } from "@/lib/assessment/audit-text";
import { chainHead } from "@/lib/assessment/chain";
import { CLOCK_SKEW_MS, isFutureDate, localDate } from "@/lib/assessment/dates";
import { fingerprint } from "@/lib/assessment/fingerprint";
import { checkIntegrity } from "@/lib/assessment/integrity";
import { checkSignOffs, keyFingerprint, newSigner, type Signer } from "@/lib/assessment/signature";
import { getChecklist } from "@/lib/checklist/registry";
import type { Answers } from "@/lib/checklist/types";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { benignTranslation } from "@/test/fixtures/risk/benign-translation";
import { SCREENED } from "@/test/fixtures/screening/screened";
import { screeningAnswers } from "@/lib/screening/outcome";
import { createChecklistText } from "@/lib/i18n/checklist-text-sync";
import type { Translate } from "@/lib/base/locale";
import { buildSummaryView } from "@/lib/summary/summary-view";
import en from "@/messages/en.json";

import { completeAssessment, createDraft, signOffAssessment, writeDraft } from "./assessments";
import { getDb } from "./db";
import { ImportError, importAssessments, readExchangeText, serialiseExport } from "./exchange";
import { historyRowOf } from "./history-row";
import { putDraftScreening } from "./screening-lists";

const VERSION = "2026.2";

async function completed(answers: Answers = benignTranslation): Promise<Assessment> {
  const draft = await createDraft(VERSION, "basics");
  await writeDraft({ id: draft.id, base: {}, changed: answers, step: "review" });
  const summary = evaluateRisk(getChecklist(VERSION), answers, { date: localDate() });
  return completeAssessment(draft.id, answers, summary);
}

async function signedOff(signer: Signer, decision: "approved" | "rejected" = "rejected") {
  const a = await completed();
  return signOffAssessment(
    a.id,
    { decision, name: "Zhang Min", role: "Legal counsel", comment: "No." },
    signer,
  );
}

/** A sign-off without its signature. */
function unsigned(s: SignOff): SignOff {
  const copy = { ...s };
  delete copy.signature;
  return copy;
}

/** What someone who knows the published recipe does after editing: recompute both seals. */
async function reseal(a: Assessment): Promise<Assessment> {
  const fp = await fingerprint(a);
  return { ...a, fingerprint: fp, chain: await chainHead({ ...a, fingerprint: fp }) };
}

async function refusal(records: Assessment[]): Promise<ImportError> {
  try {
    await readExchangeText(await serialiseExport(records));
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("the file was accepted");
}

/** Moves a record to a fresh browser: export, wipe, import. */
async function travel(records: Assessment[]): Promise<Assessment[]> {
  const text = await serialiseExport(records);
  await getDb().assessments.clear();
  await getDb().historyRows.clear();
  const read = await readExchangeText(text);
  await importAssessments(read);
  return read;
}

beforeEach(async () => {
  await getDb().assessments.clear();
  await getDb().historyRows.clear();
});

describe("signed sign-offs", () => {
  it("a sign-off verifies in another browser after export and import, naming its key", async () => {
    const signer = await newSigner();
    const signed = await signedOff(signer);
    expect(signed.sealVersion).toBe(2);
    expect(signed.signOffs?.[0]?.signature?.key).toEqual(signer.publicKey);
    const [arrived] = await travel([signed]);
    expect(await checkSignOffs(arrived!)).toEqual([
      { status: "signed", key: await keyFingerprint(signer.publicKey) },
    ]);
    expect((await getDb().historyRows.get(signed.id))?.signOff).toBe("rejected");
  });

  it("a copy kept on import verifies as the original does; a copy whose content differs does not", async () => {
    const signer = await newSigner();
    const signed = await signedOff(signer);
    // The same record imported again beside itself, "keep both": a copy with a new id.
    await importAssessments(await readExchangeText(await serialiseExport([signed])), "keep_both");
    const copy = (await getDb().assessments.toArray()).find((a) => a.id !== signed.id)!;
    expect(copy.fingerprint).not.toBe(signed.fingerprint);
    const key = await keyFingerprint(signer.publicKey);
    expect(await checkSignOffs(copy)).toEqual([{ status: "signed", key }]);
    expect((await getDb().historyRows.get(copy.id))?.signOff).toBe("rejected");

    // The copy's answers changed (and every seal recomputed): its provenance no longer matches.
    const altered = await reseal({ ...copy, answers: { ...copy.answers, project_name: "Else" } });
    expect(await checkSignOffs(altered)).toEqual([{ status: "unverified" }]);
    // A provenance naming another record's fingerprint does not lend its signatures either.
    const other = await signedOff(signer);
    const grafted = {
      ...copy,
      signOffs: other.signOffs,
      audit: [
        ...copy.audit!,
        {
          at: copy.updatedAt,
          action: "copied_on_import" as const,
          by: "",
          detail: `${other.id} ${other.fingerprint}`,
        },
      ],
    };
    expect(await checkSignOffs(grafted)).toEqual([{ status: "unverified" }]);
  });

  const forgeries: [string, (a: Assessment, other: Signer) => Promise<Assessment>][] = [
    [
      "the decision edited",
      (a) =>
        Promise.resolve({
          ...a,
          signOffs: a.signOffs!.map((s) => ({ ...s, decision: "approved" as const })),
        }),
    ],
    [
      "the comment edited",
      (a) => Promise.resolve({ ...a, signOffs: a.signOffs!.map((s) => ({ ...s, comment: "Fine by me." })) }),
    ],
    [
      "the signature removed",
      (a) =>
        Promise.resolve({
          ...a,
          signOffs: a.signOffs!.map((s) => ({ ...unsigned(s), decision: "approved" as const })),
        }),
    ],
    [
      "the key swapped for another (the signature left as it was)",
      async (a, other) => ({
        ...a,
        signOffs: a.signOffs!.map((s) => ({
          ...s,
          decision: "approved" as const,
          signature: { ...s.signature!, key: other.publicKey },
        })),
      }),
    ],
    [
      "the signature moved onto another record",
      async (a) => {
        const other = await completed({ ...benignTranslation, project_name: "Another project" });
        return { ...other, signOffs: a.signOffs, audit: [...other.audit!, ...a.audit!.slice(-1)] };
      },
    ],
  ];

  for (const [what, forge] of forgeries) {
    it(`${what}, and every seal recomputed: imports, but reads as unverified and never as a decision`, async () => {
      const signed = await signedOff(await newSigner());
      const forged = await reseal(await forge(signed, await newSigner()));
      const [arrived] = await travel([forged]);
      expect(await checkSignOffs(arrived!)).toEqual([{ status: "unverified" }]);
      expect((await getDb().historyRows.get(forged.id))?.signOff).toBe("unverified");
    });
  }

  it("a sign-off re-signed with the forger's own key is valid, but by a key nobody trusts", async () => {
    const reviewer = await newSigner();
    const forger = await newSigner();
    const a = await signedOff(reviewer);
    const { signSignOff } = await import("@/lib/assessment/signature");
    const s = { ...a.signOffs![0]!, decision: "approved" as const };
    const forged = await reseal({
      ...a,
      signOffs: [{ ...s, signature: await signSignOff(forger, a.fingerprint!, s, s.signature!.chain) }],
    });
    const [check] = await checkSignOffs(forged);
    expect(check).toEqual({ status: "signed", key: await keyFingerprint(forger.publicKey) });
    expect(check).not.toEqual({ status: "signed", key: await keyFingerprint(reviewer.publicKey) });
  });

  it("a record from before signatures keeps its sign-offs, read as unsigned: never as verified", async () => {
    const a = await completed();
    const legacy: Assessment = {
      ...a,
      signOffs: [{ decision: "approved", name: "A", role: "B", comment: "", at: a.completedAt! }],
    };
    delete legacy.sealVersion;
    const old = await reseal(legacy);
    expect(await checkIntegrity(old)).toBeNull();
    expect(await checkSignOffs(old)).toEqual([{ status: "unsigned" }]);
    // The same sign-off without a signature on a sealed record is unverified.
    expect(await checkSignOffs({ ...old, sealVersion: 2 })).toEqual([{ status: "unverified" }]);
  });

  it("a history row never names the decision of a sign-off nobody checked on a sealed record", async () => {
    const signed = await signedOff(await newSigner(), "approved");
    expect(historyRowOf(signed).signOff).toBe("unverified");
    expect(historyRowOf(signed, await checkSignOffs(signed)).signOff).toBe("approved");
  });

  it("the summary view (the page's and the PDF's words) says 'unverified' for it, never 'Approved'", async () => {
    const signed = await signedOff(await newSigner(), "approved");
    const view = (a: Assessment, checks: Awaited<ReturnType<typeof checkSignOffs>> | null) =>
      buildSummaryView({
        assessment: a,
        checklist: getChecklist(VERSION),
        summary: a.summary!,
        text: createChecklistText(VERSION, "en"),
        t: createTranslator({ locale: "en", messages: en, namespace: "summary" }) as unknown as Translate,
        audit: createAuditText("en", en),
        signatures: { checks, trusted: new Map() },
      });
    const genuine = view(signed, await checkSignOffs(signed));
    expect(genuine.signOffs[0]).toMatchObject({ decisionLabel: "Approved", verification: "signed" });
    expect(genuine.audit.find((e) => e.action === "signed_off")?.what).toBe("Signed off: Approved");

    const forged = { ...signed, signOffs: signed.signOffs!.map(unsigned) };
    for (const shown of [view(forged, await checkSignOffs(forged)), view(signed, null)]) {
      const words = JSON.stringify({ signOffs: shown.signOffs, audit: shown.audit });
      expect(words).not.toContain("Approved");
    }
    const unverified = view(forged, await checkSignOffs(forged));
    expect(unverified.signOffs[0]).toMatchObject({
      decision: "unverified",
      decisionLabel: en.review.signature.unverifiedShort,
      verificationLabel: en.review.signature.unverified,
    });
    // Trusted: the reader's list names the reviewer.
    const key = await keyFingerprint(signed.signOffs![0]!.signature!.key);
    const trusted = buildSummaryView({
      ...{
        assessment: signed,
        checklist: getChecklist(VERSION),
        summary: signed.summary!,
        text: createChecklistText(VERSION, "en"),
        t: createTranslator({ locale: "en", messages: en, namespace: "summary" }) as unknown as Translate,
        audit: createAuditText("en", en),
      },
      signatures: { checks: await checkSignOffs(signed), trusted: new Map([[key, "Zhang Min"]]) },
    });
    expect(trusted.signOffs[0]).toMatchObject({ verification: "trusted", decisionLabel: "Approved" });
    expect(trusted.signOffs[0]!.verificationLabel).toContain("Zhang Min, a trusted reviewer");
  });
});

describe("the seal covers everything shown", () => {
  it("a sealed record with its chain removed is refused", async () => {
    const chainless = await signedOff(await newSigner());
    delete chainless.chain;
    expect((await refusal([chainless])).code).toBe("chain_missing");
  });

  it("removing the seal marker changes the fingerprint", async () => {
    const unmarked = await completed();
    delete unmarked.sealVersion;
    expect((await refusal([unmarked])).code).toBe("tampered");
  });

  it("answer sources added to a completed record are refused, resealed or not", async () => {
    const a = await completed();
    const sources = { client_name: { kind: "client_letter" as const, date: "2026-11-20", answer: "Acme" } };
    expect((await refusal([{ ...a, answerSources: sources }])).code).toBe("tampered");
    // Resealed, the sources are inside the new fingerprint: then the question must exist.
    const notAQuestion = { not_a_question: sources.client_name };
    expect((await refusal([await reseal({ ...a, answerSources: notAQuestion })])).code).toBe(
      "answer_sources",
    );
  });

  it("answer sources are bounded: number of keys, size of a value", async () => {
    const a = await completed();
    const many = Object.fromEntries(
      Array.from({ length: 1_001 }, (_, i) => [
        `q${i}`,
        { kind: "client_letter", date: "2026-11-20", answer: "x" },
      ]),
    );
    expect((await refusal([{ ...a, answerSources: many } as Assessment])).code).toBe("invalid_record");
    const huge = {
      client_name: { kind: "client_letter" as const, date: "2026-11-20", answer: "x".repeat(20_001) },
    };
    expect((await refusal([{ ...a, answerSources: huge }])).code).toBe("invalid_record");
  });

  it("a confirmed match changed to dismissed and resealed is refused while the answer still says yes", async () => {
    const draft = await createDraft(VERSION, "basics");
    const confirmed = {
      ...SCREENED,
      hits: SCREENED.hits.map((h, i) => (i === 0 ? { ...h, decision: "confirmed" as const } : h)),
    };
    const answers = { ...benignTranslation, ...screeningAnswers(confirmed) };
    expect(Object.values(screeningAnswers(confirmed))).toContain("yes");
    await putDraftScreening(draft.id, confirmed);
    await writeDraft({ id: draft.id, base: {}, changed: answers, step: "review" });
    const summary = evaluateRisk(getChecklist(VERSION), answers, { date: localDate() });
    const a = await completeAssessment(draft.id, answers, summary);
    expect(await checkIntegrity(a)).toBeNull();
    const dismissed = {
      ...confirmed,
      hits: confirmed.hits.map((h) => ({ ...h, decision: "dismissed" as const, reason: "Another company." })),
    };
    expect((await refusal([await reseal({ ...a, screening: dismissed })])).code).toBe("screening_mismatch");
    // "No match" beside "listed = yes", on a record written before the seal marker too.
    const legacy = { ...a, screening: dismissed };
    delete legacy.sealVersion;
    expect((await refusal([await reseal(legacy)])).code).toBe("screening_mismatch");
  });
});

describe("dates from the future", () => {
  const later = (ms: number) => new Date(Date.now() + ms).toISOString();

  it("a completion, audit entry, sign-off or letter date beyond a day ahead is refused, naming the date", async () => {
    const a = await completed();
    const cases: Assessment[] = [
      {
        ...a,
        audit: [
          ...a.audit!,
          { at: later(2 * CLOCK_SKEW_MS), action: "reassess_by_set", by: "", detail: "2099-01-01" },
        ],
      },
      {
        ...a,
        signOffs: [
          { decision: "rejected", name: "A", role: "B", comment: "", at: "2099-12-31T00:00:00.000Z" },
        ],
      },
      {
        ...a,
        answerSources: { client_name: { kind: "client_letter", date: "2099-12-31", answer: "x" } },
      },
    ];
    for (const forged of cases) {
      const error = await refusal([await reseal(forged)]);
      expect(error.code).toBe("future_date");
      expect(error.values.problem).toMatch(/^20\d\d-/);
    }
  });

  it("isFutureDate: a day's skew allowed, dates read as their UTC midnight (the letter form uses it too)", () => {
    const now = Date.parse("2026-12-08T12:00:00Z");
    const table: [string, boolean][] = [
      ["2026-12-08", false],
      ["2026-12-09", false],
      ["2026-12-10", true],
      ["2099-12-31", true],
      ["2026-12-09T11:59:00.000Z", false],
      ["2026-12-09T12:01:00.000Z", true],
      ["2026-11-28T10:00:00.000Z", false],
    ];
    for (const [date, future] of table) expect([date, isFutureDate(date, now)]).toEqual([date, future]);
  });

  it("a date within a day's clock skew is accepted", async () => {
    const a = await completed();
    const skewed = {
      ...a,
      audit: [
        ...a.audit!,
        { at: later(CLOCK_SKEW_MS / 2), action: "reassess_by_set" as const, by: "", detail: "2027-01-01" },
      ],
    };
    expect(await checkIntegrity(await reseal(skewed))).toBeNull();
  });
});
