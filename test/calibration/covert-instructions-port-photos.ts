import { quietDeskJob, quietFieldwork } from "./answers";
import type { CalibrationCase } from "./case";

export const covertInstructionsPortPhotos = {
  id: "covert-instructions-port-photos",
  narrative:
    "A Hong Kong 'shipping research' firm offers a Qingdao photographer RMB 2,000 a day to photograph vessels and cranes at a port from public spots every week, telling him to say he is a tourist if anyone asks and to send the photos through a chat app.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Qingdao Haiying Photography Studio",
    client_name: "Harbourline Research Ltd.",
    client_country: "HK",
    end_client_declared: "unknown",
    project_name: "Port photography",
    project_description:
      "Weekly photographs of vessels and cranes at a port from public spots, sent through a chat app.",
    work_kinds: ["filming_photography"],
    contract_value: 100000,
    start_date: "2027-01-10",
    end_date: "2027-12-31",
    assessor_name: "Sun Tao",
    assessor_role: "Owner",

    ...quietDeskJob,
    ...quietFieldwork,
    locations_chosen_by: "by_client",
    low_profile_instructions: "yes",
    permits_status: "not_required",
    end_client_disclosure: "named_vaguely",
    first_contact: "unsolicited_message",
    stated_purpose: "market_research",
    research_subjects_named: "yes",
    data_categories: ["footage"],
    opaque_format: "no",
    filming_permits: "unknown",
    data_destination: "raw_abroad",
    export_route: "none_planned",
    price_vs_market: 300,
    export_control_status: "no_goods_or_technology",
    identity_controls: ["none"],
  },
  expected: { level: "critical", decision: "decline", reporting: true },
  mustRaise: ["covert_instructions", "end_client_undisclosed", "client_chosen_locations"],
  mustNotRaise: [],
  rationale:
    "Issue 26, behaviour 7: covert instructions ('say you are a tourist') are a strong sign of espionage on their own (reference 4 D `covert_instructions`, prohibitive; the seeds and ICV cases), so reporting guidance shows. Photographing a port's vessels for an unnamed end client at three times the market rate is the AIS pattern (1.3).",
} as const satisfies CalibrationCase;
