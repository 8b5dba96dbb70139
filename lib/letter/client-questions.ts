// The questions only the client can answer, each with the request the letter puts to the client.
// This list is the whole definition of "a question for the client": facts about the client, the
// end client and the work the client wants done (who they are and who owns them, the purpose,
// what data goes where, whose equipment, who pays, which permits). Never our own judgement, our
// own checks or our gut feeling (section H, "intuition"), never our declared controls, and never
// a fact of work we do ourselves (`oursWhen`: the data volume of our own crews' collection).
// client-questions.test.ts checks every id against the checklist and every request text in
// both languages (lib/letter/messages/{en,zh}.json, key `requests.<id>`).

import {
  effectiveAnswers,
  evaluateCondition,
  isAnswered,
  isUnknownAnswer,
  visibleQuestions,
} from "@/lib/checklist/conditions";
import type { Answers, Checklist, Condition, Question } from "@/lib/checklist/types";
import type { Locale } from "@/lib/base/locale";
import { formatDate } from "@/lib/i18n/profile";

/** The letter's headings group the requests; each topic has `topics.<id>` in the letter texts. */
export const LETTER_TOPICS = [
  "identity",
  "purpose",
  "data",
  "collection",
  "transfer",
  "payment",
  "permits",
] as const;
export type LetterTopic = (typeof LETTER_TOPICS)[number];

export interface ClientQuestion {
  /** A question id of the checklist (any version that has it). */
  readonly question: string;
  readonly topic: LetterTopic;
  /** When these answers hold, the work in question is our own and so is the answer: not asked. */
  readonly oursWhen?: Condition;
}

/** We collect with our own equipment, or with none: what our own crews produce is ours to know. */
const OUR_OWN_COLLECTION = {
  question: "equipment_source",
  oneOf: ["own_equipment", "no_equipment"],
} as const satisfies Condition;

export const CLIENT_QUESTIONS: readonly ClientQuestion[] = [
  // Who the client is, who owns it, who the work is finally for.
  { question: "client_country", topic: "identity" },
  { question: "end_client_disclosure", topic: "identity" },
  { question: "client_affiliations", topic: "identity" },
  { question: "intermediary_chain", topic: "identity" },
  { question: "funder_type", topic: "identity" },
  // What the work is for.
  { question: "stated_purpose", topic: "purpose" },
  { question: "research_sectors", topic: "purpose" },
  { question: "foreign_authority_involved", topic: "purpose" },
  // What data the client wants, in what form.
  { question: "data_categories", topic: "data" },
  { question: "pi_people_count", topic: "data" },
  { question: "raw_data_required", topic: "data" },
  { question: "opaque_format", topic: "data" },
  { question: "monthly_volume_gb", topic: "data", oursWhen: OUR_OWN_COLLECTION },
  // How and where it would be collected, with whose equipment.
  { question: "collects_in_china", topic: "collection" },
  { question: "equipment_source", topic: "collection" },
  { question: "client_software", topic: "collection" },
  { question: "locations_chosen_by", topic: "collection" },
  { question: "mobile_routes", topic: "collection" },
  { question: "foreign_direction", topic: "collection" },
  { question: "auto_upload", topic: "collection" },
  { question: "crowdsourcing", topic: "collection" },
  { question: "aerial_capture", topic: "collection" },
  { question: "sensitive_interviewees", topic: "collection" },
  { question: "network_testing", topic: "collection" },
  // Where the data goes.
  { question: "data_destination", topic: "transfer" },
  { question: "remote_access", topic: "transfer" },
  { question: "storage_location", topic: "transfer" },
  { question: "onward_transfer_limited", topic: "transfer" },
  // Who pays, and how.
  { question: "payment_source", topic: "payment" },
  // Permits and approvals the client holds or expects.
  { question: "permits_status", topic: "permits" },
  { question: "foreign_surveying_approval", topic: "permits" },
  { question: "stat_survey_approval", topic: "permits" },
];

/** The key of a question's request in the letter texts. */
export const requestKey = (question: string) => `requests.${question}`;
export const topicKey = (topic: LetterTopic) => `topics.${topic}`;

const BY_ID = new Map(CLIENT_QUESTIONS.map((q) => [q.question, q]));

export function clientQuestion(id: string): ClientQuestion | undefined {
  return BY_ID.get(id);
}

/** The questions shown for these answers that the client, not we, can answer. */
function visibleClientQuestions(checklist: Checklist, answers: Answers): Question[] {
  const shown = effectiveAnswers(checklist, answers);
  return visibleQuestions(checklist, answers).filter((q) => {
    const asked = clientQuestion(q.id);
    return asked !== undefined && !(asked.oursWhen && evaluateCondition(asked.oursWhen, shown));
  });
}

// Which questions are open, and the letter's date, without the letter's texts (letter.ts): the
// summary and the form show them on pages that never write a letter.

/**
 * The questions to put to the client: shown for these answers, answered "Don't know", and in
 * CLIENT_QUESTIONS; in the letter's order (by topic, then as listed). Unanswered questions are
 * left out: the company may know those itself.
 */
export function openClientQuestions(checklist: Checklist, answers: Answers): Question[] {
  const open = new Map(
    visibleClientQuestions(checklist, answers)
      .filter((q) => isUnknownAnswer(answers[q.id]))
      .map((q) => [q.id, q]),
  );
  return CLIENT_QUESTIONS.flatMap((c) => open.get(c.question) ?? []);
}

/** Questions the client could answer that are shown but not answered yet (left out of the letter). */
export function unansweredClientQuestions(checklist: Checklist, answers: Answers): Question[] {
  return visibleClientQuestions(checklist, answers).filter((q) => !isAnswered(answers[q.id]));
}

/** A date (YYYY-MM-DD) as a letter writes it: "1 December 2026", "2026年12月1日". */
export function letterDate(date: string, locale: Locale): string {
  return formatDate(date, locale);
}
