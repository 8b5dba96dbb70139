// Section H: the company's own knowledge and intuition (reference 4 H). `key_unknowns` lives here
// but is raised by the key questions of other sections when they are left open.
import type { FlagDeclaration, Section } from "../types";
import { NO, YES } from "./conditions";

const flags = [
  {
    id: "suspected_ulterior_motive",
    severity: "high",
    mitigations: [],
    basis: [{ law: "cel", articles: ["54"] }, { law: "bis_red_flags" }, { law: "case_railway" }],
  },
  {
    id: "previously_refused",
    severity: "prohibitive",
    mitigations: [],
    basis: [{ law: "case_railway" }],
  },
  {
    id: "would_not_explain_to_authorities",
    severity: "high",
    mitigations: [],
    basis: [
      { law: "cel", articles: ["16"] },
      { law: "nsl", articles: ["77"] },
    ],
  },
  {
    id: "self_blinding",
    severity: "high",
    mitigations: [{ control: "questions_asked_and_recorded", residual: "elevated" }],
    basis: [{ law: "bis_red_flags" }],
  },
  {
    id: "key_unknowns",
    severity: "elevated",
    mitigations: [],
    basis: [{ law: "bis_red_flags" }],
  },
] as const satisfies readonly FlagDeclaration[];

export const intuition = {
  id: "intuition",
  flags,
  questions: [
    {
      id: "suspect_other_motive",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "suspected_ulterior_motive", when: YES }],
      basis: [{ law: "cel", articles: ["54"] }],
    },
    {
      id: "refused_before",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "previously_refused", when: YES }],
      basis: [{ law: "case_railway" }],
    },
    {
      id: "comfortable_explaining",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "would_not_explain_to_authorities", when: NO }],
      basis: [
        { law: "cel", articles: ["16"] },
        { law: "nsl", articles: ["77"] },
      ],
    },
    {
      id: "told_not_to_ask",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "self_blinding", when: YES }],
      basis: [{ law: "bis_red_flags" }],
    },
    {
      id: "intuition_controls",
      kind: "multiChoice",
      controls: true,
      allowUnknown: true,
      options: ["questions_asked_and_recorded", "none"],
    },
  ],
} as const satisfies Section;
