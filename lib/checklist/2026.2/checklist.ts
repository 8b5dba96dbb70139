// Checklist 2026.2: 2026.1 with one improvement in section F (commercial.ts): the project's
// expected margin against the company's usual margin; and a project description of up to 10,000
// characters (2026.1: 4,000), because descriptions pasted from a client's brief run longer.
// Everything else — sections, flags, controls, approvals and combination rules — is 2026.1's,
// imported, never copied.
import { checklist2026_1 } from "../2026.1/checklist";
import type { Checklist, Section } from "../types";
import { commercial } from "./commercial";

const longerDescription = (section: Section): Section => ({
  ...section,
  questions: section.questions.map((q) =>
    q.kind === "longText" && q.id === "project_description" ? { ...q, maxLength: 10_000 } : q,
  ),
});

const sections: readonly Section[] = checklist2026_1.sections.map((s) =>
  s.id === "commercial" ? commercial : s.id === "basics" ? longerDescription(s) : s,
);

export const checklist2026_2 = {
  ...checklist2026_1,
  version: "2026.2",
  sections,
} as const satisfies Checklist;
