import { peopleCollection, quietDeskJob, silentChecksOpen } from "./answers";
import type { CalibrationCase } from "./case";

export const gridStudyCoreDataPossibly = {
  id: "grid-study-core-data-possibly",
  narrative:
    "A French utility investor asks a Wuhan consultancy for a study of a province's grid expansion plans and curtailment, from published plans and interviews with two former planning officials, before bidding for a wind farm. The consultancy cannot tell whether some of the planning detail is national core data.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Wuhan Dianyan Consulting Co., Ltd.",
    client_name: "Énergies Vents SAS",
    client_country: "FR",
    end_client_declared: "Énergies Vents itself",
    project_name: "Provincial grid study",
    project_description:
      "Study of the province's grid expansion plans and curtailment from published plans and two interviews; report to the client.",
    work_kinds: ["desk_research", "interviews_expert_calls"],
    contract_value: 260000,
    start_date: "2027-02-01",
    end_date: "2027-04-30",
    assessor_name: "Fang Yu",
    assessor_role: "Partner",

    ...quietDeskJob,
    ...peopleCollection,
    stated_purpose: "market_research",
    research_subjects_named: "yes",
    research_sectors: ["energy"],
    purpose_controls: ["public_sources_only"],
    data_categories: ["general_business"],
    core_data_match: "possibly",
    aggregation_at_scale: "no",
    raw_data_required: "no",
  },
  cautious: { ...silentChecksOpen, sensitive_interviewees: "unknown" },
  expected: {
    level: "medium",
    decision: "proceed_with_conditions",
    reporting: false,
    conditions: ["classify_before_signing"],
  },
  mustRaise: ["classification_uncertain"],
  mustNotRaise: ["core_data", "key_unknowns"],
  rationale:
    "Issue 26, behaviour 2: 'could the data bear on national security…' answered 'yes' was `core_data`, prohibitive (DSL Art. 21, reference 4 C) in 2026.3, though nobody had classified anything. 2026.4 asks whether it is identified or only possible: the possibility is `classification_uncertain`, elevated, with the condition to classify before signing. Energy research from public sources is informational. Rule 9 → medium / proceed with conditions.",
} as const satisfies CalibrationCase;
