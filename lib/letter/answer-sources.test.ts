import { describe, expect, it } from "vitest";

import { assessmentSchema } from "@/lib/assessment/assessment";
import { newDraft } from "@/lib/storage/assessments";

import { answerSourcesSchema, clientAnswers, recordReplies } from "./answer-sources";

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
