import { quietDeskJob, silentChecksOpen } from "./answers";
import type { CalibrationCase } from "./case";

export const tradeFairInterpretersAssociation = {
  id: "trade-fair-interpreters-association",
  narrative:
    "A German machine-tool industry association (an e.V.) books four Chinese–German interpreters from a Shanghai agency for its members' pavilion at a trade fair in Shanghai, and pays for them itself. The agency has checked the association's registration and has a signed order.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Shanghai Hexin Language Services Co., Ltd.",
    client_name: "Fachverband Werkzeugmaschinen e.V.",
    client_country: "DE",
    end_client_declared: "The association itself, for its members' pavilion",
    project_name: "Trade-fair interpreters",
    project_description:
      "Four Chinese–German consecutive interpreters at the association's pavilion for the five days of a machine-tool fair in Shanghai.",
    work_kinds: ["translation_writing"],
    contract_value: 60000,
    start_date: "2027-06-14",
    end_date: "2027-06-18",
    assessor_name: "Zhou Yu",
    assessor_role: "Account manager",

    ...quietDeskJob,
    funder_type: "association_or_institution",
    data_destination: "stays_in_china",
    data_inventory: "not_applicable",
    onward_transfer_limited: "not_applicable",
    transfer_records: "not_applicable",
    export_control_status: "no_goods_or_technology",
    research_sectors: ["not_applicable"],
  },
  cautious: { ...silentChecksOpen, funder_type: "ngo_or_foundation" },
  expected: { level: "low", decision: "proceed", reporting: false },
  mustRaise: [],
  mustNotRaise: ["public_interest_cover", "key_unknowns"],
  rationale:
    "Issue 26, behaviour 4: an association paying for a service it uses itself is the client (reference 4 A `public_interest_cover` is about a foreign NGO, foundation or 'public-welfare project' funding data collection: the marine-monitoring and nature-reserve cases). 2026.3 offered only 'foreign NGO or foundation' and gave medium. Interpreting collects nothing and nothing leaves China: rule 9 → low / proceed.",
} as const satisfies CalibrationCase;
