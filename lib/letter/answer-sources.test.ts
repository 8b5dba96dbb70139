import { describe, expect, it } from "vitest";

import { answerSourcesSchema, clientAnswers, recordReplies } from "@/lib/assessment/answer-sources";
import { assessmentSchema } from "@/lib/assessment/assessment";
import { newDraft } from "@/lib/storage/assessments";

describe("answers recorded from the client's letter", () => {
  const before = {
    answers: { end_client_disclosure: "unknown", data_destination: "unknown", remote_access: "no" },
  };
  const after = recordReplies(
    before,
    { end_client_disclosure: "named_in_writing", data_destination: "work_product_only" },
    "2026-11-20",
  );

  it("replace the open answers and note the letter's date beside each", () => {
    expect(after.answers).toEqual({
      end_client_disclosure: "named_in_writing",
      data_destination: "work_product_only",
      remote_access: "no",
    });
    expect([...clientAnswers(after.answers, after.answerSources)]).toEqual([
      ["end_client_disclosure", { kind: "client_letter", date: "2026-11-20", answer: "named_in_writing" }],
      ["data_destination", { kind: "client_letter", date: "2026-11-20", answer: "work_product_only" }],
    ]);
  });

  it("stop counting as the client's once the answer is changed afterwards", () => {
    const edited = { ...after.answers, data_destination: "raw_abroad" };
    expect([...clientAnswers(edited, after.answerSources).keys()]).toEqual(["end_client_disclosure"]);
  });

  it("keep earlier letters' records and compare lists by content", () => {
    const second = recordReplies(after, { client_affiliations: ["none"] }, "2026-11-27");
    const sources = clientAnswers({ ...second.answers, client_affiliations: ["none"] }, second.answerSources);
    expect(sources.get("client_affiliations")?.date).toBe("2026-11-27");
    expect(sources.get("end_client_disclosure")?.date).toBe("2026-11-20");
  });

  it("are stored on the assessment and parsed on read; a bad record is refused", () => {
    const draft = { ...newDraft("2026.2", "basics"), ...after };
    expect(assessmentSchema.parse(draft).answerSources).toEqual(after.answerSources);
    expect(assessmentSchema.parse(newDraft("2026.2", "basics")).answerSources).toBeUndefined();
    expect(
      answerSourcesSchema.safeParse({ x: { kind: "client_letter", date: "20 Nov", answer: "yes" } }).success,
    ).toBe(false);
    expect(
      answerSourcesSchema.safeParse({ x: { kind: "phone_call", date: "2026-11-20", answer: "yes" } }).success,
    ).toBe(false);
  });
});

describe("the answers from the client, as the summary lists them", () => {
  it("name the question, the answer in words and the letter's date, in the summary's language", async () => {
    const { getChecklist } = await import("@/lib/checklist/registry");
    const { createChecklistText } = await import("@/lib/i18n/checklist-text-sync");
    const { clientAnswerItems } = await import("./client-answers-view");
    const recorded = recordReplies(
      { answers: { end_client_disclosure: "unknown", data_destination: "unknown" } },
      { data_destination: "work_product_only" },
      "2026-11-20",
    );
    const zh = clientAnswerItems(
      recorded,
      getChecklist("2026.2"),
      createChecklistText("2026.2", "zh"),
      (d) => `依据委托方${d}来函`,
      "未回答",
    );
    expect(zh).toEqual([
      {
        question: "data_destination",
        label: expect.stringContaining("出境") as string,
        answer: expect.any(String) as string,
        date: "2026-11-20",
        note: "依据委托方2026年11月20日来函",
        kind: "client_letter",
      },
    ]);
    const en = clientAnswerItems(
      recorded,
      getChecklist("2026.2"),
      createChecklistText("2026.2", "en"),
      (d) => `per letter of ${d}`,
      "not answered",
    );
    expect(en[0]).toMatchObject({ label: "What leaves China?", note: "per letter of 20 November 2026" });
  });

  it("name an answer taken from an earlier assessment on this device by that assessment's date", async () => {
    const { getChecklist } = await import("@/lib/checklist/registry");
    const { createChecklistText } = await import("@/lib/i18n/checklist-text-sync");
    const { clientAnswerItems } = await import("./client-answers-view");
    const assessment = {
      answers: { refused_before: "yes" },
      answerSources: {
        refused_before: {
          kind: "earlier_assessment" as const,
          date: "2026-10-14",
          answer: "yes",
          assessmentId: "declined-in-october",
        },
      },
    };
    const text = createChecklistText("2026.4", "en");
    const perLetter = (d: string) => `per letter of ${d}`;
    const items = clientAnswerItems(
      assessment,
      getChecklist("2026.4"),
      text,
      perLetter,
      "not answered",
      (d) => `from ${d}`,
    );
    expect(items).toMatchObject([
      { question: "refused_before", kind: "earlier_assessment", note: "from 14 October 2026" },
    ]);
    // Without words for that source it is not passed off as the client's letter.
    expect(clientAnswerItems(assessment, getChecklist("2026.4"), text, perLetter, "not answered")).toEqual(
      [],
    );
  });
});
