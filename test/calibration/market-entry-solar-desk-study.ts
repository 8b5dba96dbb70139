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

export const marketEntrySolarDeskStudy = {
  id: "market-entry-solar-desk-study",
  narrative:
    "A Spanish maker of residential solar inverters is weighing entry into China and asks a Hangzhou consultancy for a market-entry study: market size, distribution channels, certification rules, main competitors and pricing, all from published statistics, industry-association reports, listed companies' filings and online price lists. The study is written in English and delivered as a report and a workbook of the public figures.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Hangzhou Qianrun Strategy Consulting Co., Ltd.",
    client_name: "Solaria Inversores S.L.",
    client_country: "ES",
    end_client_declared: "Solaria itself (business development)",
    project_name: "China residential PV inverter market entry",
    project_description:
      "Desk study of China's residential PV inverter market from published statistics, association reports, listed companies' filings and online price lists; report and workbook in English.",
    work_kinds: ["desk_research", "translation_writing"],
    contract_value: 150000,
    start_date: "2027-01-11",
    end_date: "2027-03-05",
    assessor_name: "Fang Yue",
    assessor_role: "Engagement manager",

    ...checkedDirectClient,

    stated_purpose: "market_research",
    research_subjects_named: "no",
    ...plainPurpose,
    barred_activities: ["none"],
    research_sectors: ["energy"],
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
  cautious: { ...silentChecksOpen, research_sectors: ["unknown"] },
  expected: {
    level: "low",
    decision: "proceed",
    reporting: false,
    conditions: ["public_sources_only"],
  },
  mustRaise: ["sensitive_sector_research"],
  mustNotRaise: ["important_data", "economic_operational_data", "key_unknowns"],
  rationale:
    "Energy is a sector the reference names for `sensitive_sector_research` (4 B, elevated, Capvision / Mintz / listing-DD cases 1.6), so the flag is raised; its action is 'public sources only; no interviews with people in secret-related posts; approvals for surveys. Mitigable.' The study is exactly that, declared as a control, which lowers the flag to informational and becomes a condition of the engagement (5.3 item 5). Residential inverter retail data is not grid operating data (1.8, 4 C `cii_operational_data`). Informational only → rule 9 → low / proceed, with the public-sources condition listed.",
} as const satisfies CalibrationCase;
