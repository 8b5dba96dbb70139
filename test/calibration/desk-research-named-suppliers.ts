import {
  checkedDirectClient,
  clearedLegal,
  easyConscience,
  ordinaryTerms,
  plainPurpose,
  workProductOnly,
  silentChecksOpen,
} from "./answers";
import type { CalibrationCase } from "./case";

export const deskResearchNamedSuppliers = {
  id: "desk-research-named-suppliers",
  narrative:
    "A Dutch home-furnishings retailer wants profiles of eight Chinese ceramic-tile makers it names, before inviting them to tender: ownership, export history, certifications and press coverage. A Foshan consultancy would compile them from business registers, annual reports, trade-fair catalogues and news, and deliver a 40-page report. No one is to be contacted.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Foshan Zhiyuan Business Consulting Co., Ltd.",
    client_name: "Woonhuis Retail B.V.",
    client_country: "NL",
    end_client_declared: "Woonhuis Retail itself (sourcing department)",
    project_name: "Tile supplier profiles",
    project_description:
      "Desk profiles of eight named ceramic-tile manufacturers from public registers, annual reports, certifications, trade-fair catalogues and news. Report in English.",
    work_kinds: ["desk_research"],
    contract_value: 48000,
    start_date: "2027-01-04",
    end_date: "2027-01-29",
    assessor_name: "Zhou Lan",
    assessor_role: "Project director",

    ...checkedDirectClient,

    stated_purpose: "due_diligence",
    research_subjects_named: "yes",
    ...plainPurpose,
    barred_activities: ["none"],
    research_sectors: ["none"],
    purpose_controls: ["public_sources_only"],

    data_categories: ["general_business"],
    important_data_match: "no",
    core_data_match: "no",
    aggregation_at_scale: "no",
    raw_data_required: "no",
    opaque_format: "no",
    data_controls: ["none"],

    ...workProductOnly,
    ...ordinaryTerms,
    ...clearedLegal,
    ...easyConscience,
  },
  cautious: { ...silentChecksOpen },
  expected: { level: "low", decision: "proceed", reporting: false },
  mustRaise: [],
  mustNotRaise: [
    "client_chosen_locations",
    "sensitive_sector_research",
    "key_unknowns",
    "foreign_party_barred_activity",
  ],
  rationale:
    "Issue 12 records this kind of job ending at high / escalate because the client named the companies to profile. Naming the subject of research is not the client choosing physical collection points: `client_chosen_locations` (reference 4 D) is about fixed points, especially near ports, rail hubs, military or research sites, from the weather, wind-tower and AIS cases (1.1, 1.3). Published sources on ordinary manufacturers in a non-sensitive sector raise nothing in B (`sensitive_sector_research` covers defence, rail, energy, telecom, policy, sensitive supply chains) and nothing is surveyed (no statistical investigation, 2.17). With no flag, rule 9 gives low / proceed.",
} as const satisfies CalibrationCase;
