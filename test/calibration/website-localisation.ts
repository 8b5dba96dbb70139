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

export const websiteLocalisation = {
  id: "website-localisation",
  narrative:
    "A Norwegian outdoor-clothing brand opening a Tmall store asks a Chengdu localisation studio to translate and adapt 1,800 product pages, size guides and its returns policy into Simplified Chinese, and to rebuild the page templates for the Chinese store. Content comes as an export from the brand's catalogue system; the studio delivers translated files and templates.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Chengdu Yiyu Localisation Studio Co., Ltd.",
    client_name: "Fjellvind AS",
    client_country: "NO",
    end_client_declared: "Fjellvind itself",
    project_name: "Tmall store localisation",
    project_description:
      "Translate and adapt 1,800 product pages, size guides and policies into Simplified Chinese and rebuild the page templates for a Tmall store, from the client's catalogue export.",
    work_kinds: ["translation_writing", "software_data_processing"],
    contract_value: 210000,
    start_date: "2027-02-15",
    end_date: "2027-04-30",
    assessor_name: "Deng Xiao",
    assessor_role: "Studio manager",

    ...checkedDirectClient,

    stated_purpose: "document_translation",
    research_subjects_named: "no",
    ...plainPurpose,
    barred_activities: ["none"],
    research_sectors: ["none"],
    purpose_controls: ["none"],

    data_categories: ["client_documents"],
    important_data_match: "no",
    core_data_match: "no",
    aggregation_at_scale: "not_applicable",
    raw_data_required: "not_applicable",
    opaque_format: "no",
    monthly_volume_gb: 5,
    data_controls: ["none"],

    network_testing: "no",

    ...workProductOnly,
    ...ordinaryTerms,
    ...clearedLegal,
    ...easyConscience,
  },
  cautious: { ...silentChecksOpen },
  expected: { level: "low", decision: "proceed", reporting: false },
  mustRaise: [],
  mustNotRaise: ["key_unknowns", "large_volume", "remote_access_request"],
  rationale:
    "Translating and re-templating the client's own catalogue collects nothing in China and returns only the studio's work product (reference 4 C–E: client documents, no offshore raw data, no remote access). The Tmall store's later customer data is the brand's own processing, outside this commission. No flag → rule 9 → low / proceed.",
} as const satisfies CalibrationCase;
