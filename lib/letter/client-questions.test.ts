import { describe, expect, it } from "vitest";

import { missingKeys } from "@/lib/i18n/message-keys";
import { CHECKLISTS, CURRENT_CHECKLIST_VERSION, getChecklist } from "@/lib/checklist/registry";

import { CLIENT_QUESTIONS, LETTER_TOPICS, requestKey, topicKey } from "./client-questions";
import { LETTER_MESSAGES } from "./letter";

const lookup = (messages: object, path: string): unknown =>
  path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);

describe("the questions for the client", () => {
  it("are real questions of every checklist version, listed once", () => {
    for (const [version, checklist] of Object.entries(CHECKLISTS)) {
      const ids = new Set(checklist.sections.flatMap((s) => s.questions.map((q) => q.id)));
      expect(
        CLIENT_QUESTIONS.flatMap((c) => [
          c.question,
          ...(c.oursWhen && "question" in c.oursWhen && c.oursWhen.question ? [c.oursWhen.question] : []),
        ]).filter((id) => !ids.has(id)),
        version,
      ).toEqual([]);
    }
    const ids = CLIENT_QUESTIONS.map((c) => c.question);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("never include a gut-feeling question, our own declared controls, or our own legal judgement", () => {
    const checklist = getChecklist(CURRENT_CHECKLIST_VERSION);
    const sectionOf = new Map(checklist.sections.flatMap((s) => s.questions.map((q) => [q.id, s.id])));
    const questionOf = new Map(checklist.sections.flatMap((s) => s.questions.map((q) => [q.id, q])));
    for (const { question } of CLIENT_QUESTIONS) {
      expect(sectionOf.get(question), question).not.toBe("intuition");
      const q = questionOf.get(question)!;
      expect(q.kind === "multiChoice" && q.controls, `${question} is a list of our own controls`).toBeFalsy();
    }
    for (const ours of [
      "suspect_other_motive",
      "comfortable_explaining",
      "told_not_to_ask",
      "refused_before",
      "legal_advice",
      "national_security_effect",
      "data_exceeds_purpose",
      "price_vs_market",
      "listed_in_china",
      "first_contact",
    ]) {
      expect(CLIENT_QUESTIONS.map((c) => c.question)).not.toContain(ours);
    }
  });

  it("cover who the end client is, ownership, purpose, data destination, equipment, payment and permits", () => {
    const ids = CLIENT_QUESTIONS.map((c) => c.question);
    for (const id of [
      "end_client_disclosure",
      "client_affiliations",
      "stated_purpose",
      "data_destination",
      "equipment_source",
      "payment_source",
      "permits_status",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it.each(["en", "zh"] as const)("each have a request and a topic heading in %s", (locale) => {
    const messages = LETTER_MESSAGES[locale];
    for (const { question } of CLIENT_QUESTIONS) {
      expect(lookup(messages, requestKey(question)), question).toEqual(expect.any(String));
    }
    for (const topic of LETTER_TOPICS) expect(lookup(messages, topicKey(topic))).toEqual(expect.any(String));
    // No request text without a listed question (a leftover would never be asked).
    expect(Object.keys(messages.requests).sort()).toEqual(CLIENT_QUESTIONS.map((c) => c.question).sort());
  });

  it("have the same keys in both languages", () => {
    expect(missingKeys(LETTER_MESSAGES.en, LETTER_MESSAGES.zh)).toEqual([]);
    expect(missingKeys(LETTER_MESSAGES.zh, LETTER_MESSAGES.en)).toEqual([]);
  });
});
