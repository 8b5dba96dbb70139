import { clearedLegal, easyConscience, ordinaryTerms, plainPurpose, workProductOnly } from "./answers";
import type { CalibrationCase } from "./case";

export const listedParentManualTranslation = {
  id: "listed-parent-manual-translation",
  narrative:
    "The Singapore sales subsidiary of a US maker of laboratory sequencing instruments asks a Beijing translation firm to translate user manuals and service bulletins into Chinese for its hospital customers. When the firm screens the parties, it finds the US parent was placed on China's Unreliable Entity List last year; nothing else about the job is unusual.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Beijing Yiheng Translation Co., Ltd.",
    client_name: "Veridian Instruments Asia Pte. Ltd.",
    client_country: "SG",
    end_client_declared: "The client itself, for its hospital customers in China",
    project_name: "Sequencer manuals EN→ZH",
    project_description:
      "Translate user manuals and service bulletins (about 500 pages) for two laboratory sequencing instruments from English into Simplified Chinese.",
    work_kinds: ["translation_writing"],
    contract_value: 90000,
    start_date: "2027-02-01",
    end_date: "2027-03-31",
    assessor_name: "Lu Yan",
    assessor_role: "Compliance officer",

    end_client_disclosure: "client_is_end_user",
    client_affiliations: ["none"],
    counterparty_signals: ["none"],
    listed_in_china: "yes",
    listed_abroad: "no",
    intermediary_chain: "direct",
    first_contact: "formal_channel",
    funder_type: "commercial",
    official_endorsement_claimed: "no",
    identity_controls: ["registry_checks_done"],

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
    legal_advice: "not_yet_asked",
    ...easyConscience,
  },
  expected: {
    level: "critical",
    decision: "decline",
    reporting: false,
    approvals: ["countermeasure_exception"],
  },
  mustRaise: ["counterparty_listed_cn"],
  mustNotRaise: ["end_user_military_intel", "end_client_undisclosed", "suspected_ulterior_motive"],
  rationale:
    "`counterparty_listed_cn` is prohibitive (reference 4 A; UEL Provisions Art. 10, AFSL Arts. 6, 11, 14): dealing with a listed party or its owner may itself be prohibited, and nothing in a contract mitigates it. Rule 1 of 4.1 → critical / decline, unless the competent ministry grants an exception in writing (listed under Required approvals). But nothing points to espionage — the work is a translation for a named client with no military or intelligence tie — so issue 12 item 7 applies: no 12339 reporting guidance, and the summary says what to do instead (apply for the exception or walk away).",
} as const satisfies CalibrationCase;
