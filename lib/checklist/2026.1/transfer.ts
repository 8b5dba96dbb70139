// Section E: data handling and transfer (reference 4 E). Remote access and foreign storage count
// as outbound transfer (CAC filing guide).
import type { FlagDeclaration, Section } from "../types";
import { DATA_LEAVES_CHINA, NO, PROHIBITIVE_DATA, YES } from "./conditions";

const flags = [
  {
    id: "raw_data_offshore",
    severity: "high",
    mitigations: [
      { control: "data_stays_in_china", residual: "elevated" },
      { control: "export_approval_obtained", residual: "elevated" },
    ],
    basis: [
      { law: "dsl", articles: ["31"] },
      { law: "pipl", articles: ["38", "39", "40"] },
      { law: "csl", articles: ["37"], unverified: true },
      { law: "export_measures_2022" },
      { law: "cbdf_provisions_2024" },
      { law: "ndsmr", articles: ["37"] },
    ],
  },
  {
    id: "remote_access_request",
    severity: "high",
    mitigations: [
      { control: "remote_access_refused", residual: "informational" },
      { control: "logged_export_channel", residual: "elevated" },
    ],
    basis: [{ law: "cac_filing_guide" }, { law: "case_railway" }],
  },
  {
    id: "foreign_or_client_cloud",
    severity: "high",
    mitigations: [
      { control: "domestic_storage_controlled", residual: "informational" },
      { control: "data_stays_in_china", residual: "informational" },
    ],
    basis: [{ law: "csl", articles: ["37"], unverified: true }, { law: "ndsmr" }, { law: "case_weather" }],
  },
  {
    id: "no_data_inventory",
    severity: "elevated",
    mitigations: [{ control: "inventory_built", residual: "informational" }],
    basis: [{ law: "export_measures_2022", articles: ["5"] }, { law: "bis_red_flags" }],
  },
  {
    id: "onward_transfer_unrestricted",
    severity: "elevated",
    mitigations: [{ control: "onward_transfer_clause", residual: "informational" }],
    basis: [
      { law: "export_measures_2022", articles: ["9"] },
      { law: "ecl", articles: ["16"] },
    ],
  },
  {
    id: "no_export_legal_basis",
    severity: "high",
    mitigations: [{ control: "export_approval_obtained", residual: "informational" }],
    basis: [
      { law: "pipl", articles: ["38"] },
      { law: "dsl", articles: ["31"] },
      { law: "cbdf_provisions_2024" },
    ],
  },
  {
    id: "contract_lacks_data_clauses",
    severity: "elevated",
    mitigations: [{ control: "data_clauses_added", residual: "informational" }],
    basis: [
      { law: "export_measures_2022", articles: ["9"] },
      { law: "ndsmr", articles: ["12"] },
    ],
  },
  {
    id: "no_transfer_records",
    severity: "informational",
    mitigations: [{ control: "transfer_logging", residual: "informational" }],
    basis: [
      { law: "ndsmr", articles: ["12"] },
      { law: "pipl", articles: ["56"] },
      { law: "dual_use_regs", articles: ["27"] },
    ],
  },
] as const satisfies readonly FlagDeclaration[];

export const transfer = {
  id: "transfer",
  flags,
  questions: [
    {
      id: "data_destination",
      kind: "singleChoice",
      allowUnknown: true,
      key: true,
      options: ["stays_in_china", "work_product_only", "aggregated_results", "raw_abroad"],
      raises: [
        { flag: "raw_data_offshore", when: { equals: "raw_abroad" } },
        {
          flag: "raw_data_offshore",
          when: { all: [{ equals: "raw_abroad" }, PROHIBITIVE_DATA] },
          severity: "prohibitive",
        },
      ],
      basis: [
        { law: "dsl", articles: ["31"] },
        { law: "pipl", articles: ["38"] },
        { law: "export_measures_2022" },
      ],
    },
    {
      id: "remote_access",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "remote_access_request", when: YES }],
      basis: [{ law: "cac_filing_guide" }, { law: "case_railway" }],
    },
    {
      id: "storage_location",
      kind: "singleChoice",
      allowUnknown: true,
      options: ["our_servers_china", "client_or_vendor_servers", "servers_abroad", "no_storage"],
      raises: [
        { flag: "foreign_or_client_cloud", when: { oneOf: ["client_or_vendor_servers", "servers_abroad"] } },
      ],
      basis: [
        { law: "csl", articles: ["37"], unverified: true },
        { law: "ndsmr", articles: ["37"] },
      ],
    },
    {
      id: "export_route",
      kind: "singleChoice",
      allowUnknown: true,
      showWhen: DATA_LEAVES_CHINA,
      options: [
        "security_assessment",
        "standard_contract",
        "certification",
        "exemption_applies",
        "none_planned",
      ],
      raises: [{ flag: "no_export_legal_basis", when: { equals: "none_planned" } }],
      basis: [
        { law: "pipl", articles: ["38"] },
        { law: "dsl", articles: ["31"] },
        { law: "cbdf_provisions_2024" },
      ],
    },
    {
      id: "data_inventory",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "no_data_inventory", when: NO }],
      basis: [{ law: "export_measures_2022", articles: ["5"] }],
    },
    {
      id: "onward_transfer_limited",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "onward_transfer_unrestricted", when: NO }],
      basis: [
        { law: "export_measures_2022", articles: ["9"] },
        { law: "ecl", articles: ["16"] },
      ],
    },
    {
      id: "contract_data_clauses",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "contract_lacks_data_clauses", when: NO }],
      basis: [
        { law: "export_measures_2022", articles: ["9"] },
        { law: "ndsmr", articles: ["12"] },
      ],
    },
    {
      id: "transfer_records",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "no_transfer_records", when: NO }],
      basis: [
        { law: "ndsmr", articles: ["12"] },
        { law: "pipl", articles: ["56"] },
      ],
    },
    {
      id: "transfer_controls",
      kind: "multiChoice",
      controls: true,
      allowUnknown: true,
      options: [
        "data_stays_in_china",
        "remote_access_refused",
        "logged_export_channel",
        "domestic_storage_controlled",
        "export_approval_obtained",
        "inventory_built",
        "onward_transfer_clause",
        "data_clauses_added",
        "transfer_logging",
        "none",
      ],
    },
  ],
} as const satisfies Section;
