import { quietDeskJob, silentChecksOpen } from "./answers";
import type { CalibrationCase } from "./case";

export const licensingOwnPortDataFeed = {
  id: "licensing-own-port-data-feed",
  narrative:
    "A Ningbo logistics-data company licenses its own monthly feed of aggregated container-throughput statistics, compiled from published port figures, to a Danish shipping-analytics firm.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Ningbo Gangtong Data Co., Ltd.",
    client_name: "Fragtdata ApS",
    client_country: "DK",
    end_client_declared: "Fragtdata itself, for its market reports",
    project_name: "Throughput feed licence",
    project_description:
      "Licence of our monthly feed of aggregated container-throughput statistics by port, compiled from published figures.",
    work_kinds: ["licensing_own_data"],
    contract_value: 90000,
    start_date: "2027-01-01",
    end_date: "2027-12-31",
    assessor_name: "He Ping",
    assessor_role: "Product manager",

    ...quietDeskJob,
    stated_purpose: "logistics",
    data_categories: ["general_business"],
    monthly_volume_gb: 0.1,
    deliverable_destination: "client_systems",
    data_destination: "aggregated_results",
    storage_location: "our_servers_china",
    export_route: "no_route_needed",
    export_control_status: "no_goods_or_technology",
  },
  cautious: { ...silentChecksOpen, data_destination: "aggregated_results" },
  expected: { level: "low", decision: "proceed", reporting: false },
  mustRaise: [],
  mustNotRaise: ["no_export_legal_basis", "raw_data_offshore", "key_unknowns"],
  rationale:
    "Issue 26, behaviour 10: licensing the company's own data is its own kind of work, and aggregated results that are neither personal nor important data need no export route (PIPL Art. 38 and the 2024 CBDF Provisions apply to personal and important data; reference 2.6–2.8). 2026.3 had only 'none planned' for this, raising `no_export_legal_basis`. Rule 9 → low / proceed.",
} as const satisfies CalibrationCase;
