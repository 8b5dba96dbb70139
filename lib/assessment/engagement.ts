// The engagement facts of an assessment by name: who assesses which commission for whom, and when.
// The one module that knows which checklist questions hold them, so storage, the history, the
// summary and the PDF never read those question ids themselves. Every checklist version keeps these
// ids in its engagement basics.
import type { Answers } from "@/lib/checklist/types";

/** The question ids of the engagement facts, for renderers that format an answer as the checklist does. */
export const ENGAGEMENT_QUESTIONS = {
  company: "your_company",
  client: "client_name",
  clientCountry: "client_country",
  endClient: "end_client_declared",
  project: "project_name",
  startDate: "start_date",
  endDate: "end_date",
  assessor: "assessor_name",
  assessorRole: "assessor_role",
} as const;

export type EngagementFact = keyof typeof ENGAGEMENT_QUESTIONS;

export type Engagement = { readonly [K in EngagementFact]?: string };

/** A typed, non-empty answer other than "don't know"; anything else is absent. */
function given(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" && value !== "unknown" ? value : undefined;
}

export function engagementOf(answers: Answers): Engagement {
  const facts: { [K in EngagementFact]?: string } = {};
  for (const [fact, question] of Object.entries(ENGAGEMENT_QUESTIONS) as [EngagementFact, string][]) {
    const value = given(answers[question]);
    if (value !== undefined) facts[fact] = value;
  }
  return facts;
}
