import { quietDeskJob, silentChecksOpen } from "./answers";
import type { CalibrationCase } from "./case";

export const supplierTopCustomersMayBeSecret = {
  id: "supplier-top-customers-may-be-secret",
  narrative:
    "A German car maker's purchasing department asks a Suzhou consultancy to profile 30 Chinese component suppliers from public sources: capacity, certifications, ownership, and their top customers 'if you can find them'. One supplier also has a defence product line. The car maker is the end user.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Suzhou Jianxin Consulting Co., Ltd.",
    client_name: "Autowerke Süd AG",
    client_country: "DE",
    end_client_declared: "Autowerke Süd itself (purchasing)",
    project_name: "Supplier profiles, 30 companies",
    project_description:
      "Desk profiles of 30 component suppliers from registries, annual reports and the press: capacity, certifications, ownership, main customers where published.",
    work_kinds: ["desk_research"],
    contract_value: 210000,
    start_date: "2027-02-01",
    end_date: "2027-03-31",
    assessor_name: "Xu Lan",
    assessor_role: "Research director",

    ...quietDeskJob,
    stated_purpose: "due_diligence",
    research_subjects_named: "yes",
    research_sectors: ["sensitive_supply_chain"],
    purpose_controls: ["public_sources_only"],
    data_categories: ["general_business", "state_secret_possible"],
  },
  cautious: { ...silentChecksOpen, research_sectors: ["unknown"] },
  expected: {
    level: "medium",
    decision: "proceed_with_conditions",
    reporting: false,
    conditions: ["classify_before_signing"],
  },
  mustRaise: ["classification_uncertain"],
  mustNotRaise: ["state_secret_or_work_secret", "key_unknowns"],
  rationale:
    "Issue 26, behaviour 2 (the supplier example): a careful reader ticks 'may be secret' for the defence supplier's customers. 2026.3 had one option 'is or may be a state or work secret', prohibitive (decline) with advice to report a named car maker. A known secret stays prohibitive (SSL Art. 13, Criminal Law Art. 111, reference 4 C); the uncertain one is `classification_uncertain`, elevated, with the condition to have the requested data classified by counsel before signing and to exclude anything secret. Sensitive supply chains from public sources only (4 B, control) are informational. Rule 9 → medium / proceed with conditions; nothing points to espionage.",
} as const satisfies CalibrationCase;
