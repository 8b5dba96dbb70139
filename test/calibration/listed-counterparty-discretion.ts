import { quietDeskJob } from "./answers";
import type { CalibrationCase } from "./case";

export const listedCounterpartyDiscretion = {
  id: "listed-counterparty-discretion",
  narrative:
    "A foreign drone-parts distributor that is on China's Unreliable Entity List asks a Guangzhou translation agency to translate its product brochures into Chinese, and asks the agency to keep the engagement discreet. The agency's screening found the listing.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Guangzhou Boyi Translation Co., Ltd.",
    client_name: "Skyparts Trading LLC",
    client_country: "US",
    end_client_declared: "Skyparts itself",
    project_name: "Brochure translation",
    project_description: "Translate 40 pages of product brochures from English into Chinese.",
    work_kinds: ["translation_writing"],
    contract_value: 18000,
    start_date: "2027-01-20",
    end_date: "2027-02-05",
    assessor_name: "Lin Hui",
    assessor_role: "Sales manager",

    ...quietDeskJob,
    listed_in_china: "yes",
    secrecy_demands: "yes",
    export_control_status: "no_goods_or_technology",
  },
  expected: { level: "critical", decision: "decline", reporting: false },
  mustRaise: ["counterparty_listed_cn", "excessive_secrecy"],
  mustNotRaise: ["key_unknowns"],
  rationale:
    "Issue 26, behaviour 7: a party on the Unreliable Entity List is prohibitive (UEL Provisions Art. 10, reference 4 A) → critical / decline by rule 1. Discretion alone is one weak sign, not espionage: 2026.3 advised reporting to state security and not to tip off the counterparty. The advice is to respect the listing and seek an exception only where there is a real need.",
} as const satisfies CalibrationCase;
