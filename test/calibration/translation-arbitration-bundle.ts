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

export const translationArbitrationBundle = {
  id: "translation-arbitration-bundle",
  narrative:
    "A São Paulo law firm asks a Shenzhen translation agency to translate about 900 pages of Portuguese contracts and correspondence into Chinese for an arbitration its client, a soybean trader, is bringing against a Chinese buyer at CIETAC. The documents come from the law firm; the translations go back to it by encrypted e-mail. Fee at the agency's list rate, paid by the law firm.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Shenzhen Lingyu Translation Co., Ltd.",
    client_name: "Bastos & Freire Advogados",
    client_country: "BR",
    end_client_declared:
      "Agrovale Comércio de Grãos S.A., claimant in the arbitration (named in the engagement letter)",
    project_name: "CIETAC arbitration bundle, PT→ZH",
    project_description:
      "Certified translation of about 900 pages of contracts, invoices and correspondence from Portuguese into Chinese for filing with CIETAC. Source files from the law firm; translations returned to it.",
    work_kinds: ["translation_writing"],
    contract_value: 135000,
    start_date: "2027-01-11",
    end_date: "2027-02-26",
    assessor_name: "Huang Min",
    assessor_role: "Operations manager",

    ...checkedDirectClient,
    end_client_disclosure: "named_in_writing",

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
    "key_unknowns",
    "checks_before_signing",
    "end_client_undisclosed",
    "counterparty_unverifiable",
  ],
  rationale:
    "Translation of the client's own documents collects nothing in China and returns only the company's work product: no flag of reference section 4 applies (A: the end client is named in writing; C: client documents only; E: only the work product leaves). Rule 9 of 4.1 with no flag gives low / proceed. Personal names in the correspondence are the client's own documents returned to it, not a collection of personal information in China (2.4). The arbitration is before a Chinese commission, so nothing serves a foreign authority (B `foreign_authority_request`).",
} as const satisfies CalibrationCase;
