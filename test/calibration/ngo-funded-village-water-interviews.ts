import { peopleCollection, quietDeskJob, silentChecksOpen } from "./answers";
import type { CalibrationCase } from "./case";

export const ngoFundedVillageWaterInterviews = {
  id: "ngo-funded-village-water-interviews",
  narrative:
    "A Swiss foundation funds a Kunming research institute's interviews with 400 households in ten Yunnan villages about drinking water and health, presented as a public-welfare project; the foundation gets an aggregated report. The institute has not checked whether the foundation has a representative office or a temporary-activity filing.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Kunming Yunzhi Social Research Institute",
    client_name: "Stiftung Sauberes Wasser",
    client_country: "CH",
    end_client_declared: "The foundation itself",
    project_name: "Village drinking-water interviews",
    project_description:
      "Structured interviews with 400 households in ten villages on drinking-water sources and health; aggregated report to the foundation.",
    work_kinds: ["interviews_expert_calls"],
    contract_value: 150000,
    start_date: "2027-03-15",
    end_date: "2027-05-31",
    assessor_name: "Li Na",
    assessor_role: "Project lead",

    ...quietDeskJob,
    ...peopleCollection,
    funder_type: "ngo_or_foundation",
    stated_purpose: "academic_research",
    research_subjects_named: "yes",
    data_categories: ["personal_info", "general_business"],
    pi_people_count: 400,
    pi_sensitive: "no",
    pi_exported: "no",
    aggregation_at_scale: "no",
    raw_data_required: "no",
    research_sectors: ["none"],
  },
  cautious: { ...silentChecksOpen, sensitive_interviewees: "unknown" },
  expected: {
    level: "medium",
    decision: "proceed_with_conditions",
    reporting: false,
    approvals: ["foreign_ngo_filing"],
  },
  mustRaise: ["public_interest_cover"],
  mustNotRaise: ["key_unknowns", "personal_info_volume"],
  rationale:
    "Issue 26, behaviour 4: here the foundation funds the collection of data in China under a public-welfare framing, which is what `public_interest_cover` is for (reference 4 A, Foreign NGO Law; the marine-monitoring case). Elevated, with the NGO filing listed: rule 9 → medium / proceed with conditions. 400 people's information, not exported, is below every threshold (2.6).",
} as const satisfies CalibrationCase;
