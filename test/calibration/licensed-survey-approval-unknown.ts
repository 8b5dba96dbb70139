import { silentChecksOpen } from "./answers";
import { licensedConsumerSurvey } from "./licensed-consumer-survey";
import type { CalibrationCase } from "./case";

export const licensedSurveyApprovalUnknown = {
  id: "licensed-survey-approval-unknown",
  narrative:
    "A Danish toy maker asks a Guangzhou research agency with the foreign-related survey qualification for a phone and online survey of 1,200 parents in Guangzhou and Shenzhen about toy purchases, delivering an aggregated report. The agency has applied for the project approval but the provincial statistics bureau has not answered yet, and the sales team does not know whether it will come before fieldwork.",
  checklistVersion: "2026.4",
  answers: {
    ...licensedConsumerSurvey.answers,
    your_company: "Guangzhou Yuejian Survey Co., Ltd.",
    client_name: "Lystleg ApS",
    client_country: "DK",
    end_client_declared: "Lystleg itself",
    project_name: "Parents' toy purchase survey",
    project_description:
      "Phone and online survey of 1,200 parents of children aged 3–10 in Guangzhou and Shenzhen on toy purchases and channels; aggregated report.",
    contract_value: 260000,
    start_date: "2027-03-01",
    end_date: "2027-04-30",
    assessor_name: "Liang Qi",
    assessor_role: "Account director",
    pi_people_count: 1200,
    stat_survey_approval: "unknown",
  },
  cautious: { ...silentChecksOpen },
  expected: {
    level: "medium",
    decision: "proceed_with_conditions",
    reporting: false,
    approvals: ["foreign_stat_survey_approval"],
    conditions: ["confirm_approval_before_start"],
  },
  mustRaise: ["approval_to_confirm"],
  mustNotRaise: ["foreign_party_barred_activity", "foreign_stat_survey_unapproved", "key_unknowns"],
  rationale:
    "The same lawful route as the licensed consumer survey (Stats Impl. Regs Art. 52, reference 2.17), but the project approval is not yet confirmed. Issue 12: an open approval question is a condition to meet before starting, not a pass, and not the 'unapproved' flag either, since the application is pending. 'Unknown ≠ safe' (4 H `key_unknowns`) at elevated strength: the elevated `approval_to_confirm` gives medium / proceed with conditions by rule 9, with the survey approval listed under Required approvals (5.3 item 4) and 'confirm before work starts' as a condition.",
} as const satisfies CalibrationCase;
