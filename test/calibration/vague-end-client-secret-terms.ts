import { quietDeskJob } from "./answers";
import type { CalibrationCase } from "./case";

export const vagueEndClientSecretTerms = {
  id: "vague-end-client-secret-terms",
  narrative:
    "A Singapore consultancy asks a Beijing research firm for a desk study of China's lithium-battery recycling market 'for a client we cannot name', and wants a clause forbidding the firm to tell anyone, including its own lawyers, about the engagement.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Beijing Zhiyuan Research Co., Ltd.",
    client_name: "Meridian Advisory Pte. Ltd.",
    client_country: "SG",
    end_client_declared: "unknown",
    project_name: "Battery recycling desk study",
    project_description: "Desk study of the lithium-battery recycling market from published sources.",
    work_kinds: ["desk_research"],
    contract_value: 160000,
    start_date: "2027-03-01",
    end_date: "2027-04-15",
    assessor_name: "Ma Jun",
    assessor_role: "Managing partner",

    ...quietDeskJob,
    end_client_disclosure: "named_vaguely",
    stated_purpose: "market_research",
    research_subjects_named: "no",
    data_categories: ["general_business"],
    secrecy_demands: "yes",
    identity_controls: ["registry_checks_done"],
  },
  expected: { level: "high", decision: "escalate", reporting: true },
  mustRaise: ["end_client_undisclosed", "excessive_secrecy"],
  mustNotRaise: ["key_unknowns"],
  rationale:
    "Issue 26, behaviour 7: two independent weak signs, an end client the client will not name (section A, reference 4 A `end_client_undisclosed`, the railway case's opening) and secrecy reaching the company's own lawyers (section F, `excessive_secrecy`), together warrant the reporting guidance; each alone would not. Two high flags in two sections: rule 9 → high / escalate (rule 8 needs three).",
} as const satisfies CalibrationCase;
