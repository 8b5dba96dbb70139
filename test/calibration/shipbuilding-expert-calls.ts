import { peopleCollection, quietDeskJob, silentChecksOpen } from "./answers";
import type { CalibrationCase } from "./case";

export const shipbuildingExpertCalls = {
  id: "shipbuilding-expert-calls",
  narrative:
    "A Norwegian equity fund asks a Shanghai expert network to arrange five one-hour calls with former sales managers of Chinese shipyards about order books and pricing trends for LNG carriers, on published facts only.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Shanghai Zhilian Expert Network Co., Ltd.",
    client_name: "Fjordkapital AS",
    client_country: "NO",
    end_client_declared: "Fjordkapital itself",
    project_name: "LNG carrier market calls",
    project_description:
      "Five one-hour calls with former shipyard sales managers on order books and pricing trends of LNG carriers; compliance briefing before each call.",
    work_kinds: ["interviews_expert_calls"],
    contract_value: 45000,
    start_date: "2027-02-10",
    end_date: "2027-03-10",
    assessor_name: "Qian Rui",
    assessor_role: "Compliance lead",

    ...quietDeskJob,
    ...peopleCollection,
    stated_purpose: "due_diligence",
    research_subjects_named: "yes",
    research_sectors: ["shipbuilding_maritime"],
    data_categories: ["general_business"],
    aggregation_at_scale: "no",
    raw_data_required: "no",
  },
  cautious: { ...silentChecksOpen, sensitive_interviewees: "unknown" },
  expected: { level: "medium", decision: "proceed_with_conditions", reporting: false },
  mustRaise: ["sensitive_sector_research"],
  mustNotRaise: ["sensitive_personnel_access", "key_unknowns"],
  rationale:
    "Issue 26, behaviour 10: shipbuilding is a sector the expert-network cases touched (reference 4 B `sensitive_sector_research`, the Capvision case), and 2026.3 had no option for it. Elevated, with former sales staff on published facts, no one in a secret-related post: rule 9 → medium / proceed with conditions.",
} as const satisfies CalibrationCase;
