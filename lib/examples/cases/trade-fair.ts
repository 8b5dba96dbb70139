// A commission that may go ahead on conditions: a named Dutch equipment maker asks a Shanghai
// events agency to run its stand at a trade fair and send it the contact details of the visitors
// who asked to be contacted (about 3,000 people). Personal information goes abroad (elevated:
// consent and a personal-information impact assessment are required), and the contract the client
// sent lacks data clauses, which the agency has made a condition of signing (a declared control).
import type { ExampleCase } from "../example-case";

import { translationCase } from "./translation";

export const tradeFairCase = {
  id: "trade-fair",
  answeredOn: "2026.3",
  date: "2026-02-09",
  claims: { level: "medium", decision: "proceed_with_conditions" },
  words: {
    en: {
      your_company: "Example Events Co., Ltd.",
      client_name: "Example Kassen B.V.",
      end_client_declared: "The client itself",
      project_name: "Trade-fair stand and visitor leads",
      project_description:
        "Build and staff the client's stand at a horticulture trade fair in Shanghai for four days, and send the client's sales team the contact details of visitors who asked to be contacted.",
      assessor_name: "Wang Fang",
      assessor_role: "Legal counsel",
    },
    zh: {
      your_company: "示例会展有限公司",
      client_name: "Example Kassen B.V.",
      end_client_declared: "客户本身",
      project_name: "展会展位与访客线索",
      project_description:
        "在上海一场园艺展会上为客户搭建并值守展位四天，并把主动要求联系的访客的联系方式发送给客户的销售团队。",
      assessor_name: "王芳",
      assessor_role: "法务顾问",
    },
  },
  answers: {
    ...translationCase.answers,
    client_country: "NL",
    contract_value: 380000,
    start_date: "2026-03-02",
    end_date: "2026-04-30",
    work_kinds: ["other"],

    stated_purpose: "other",

    data_categories: ["personal_info", "general_business"],
    pi_people_count: 3000,
    pi_sensitive: "no",
    pi_exported: "yes",
    monthly_volume_gb: 1,

    collects_in_china: "no",
    network_testing: "no",

    data_destination: "aggregated_results",
    export_route: "standard_contract",
    contract_data_clauses: "no",
    transfer_controls: ["data_clauses_added"],
  },
} as const satisfies ExampleCase;
