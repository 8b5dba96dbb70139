// The published railway signal-data case (Shanghai, 2020–2021; reference section 0), as the
// company could have answered before signing. Every answer follows the published facts; what the
// sources do not say is answered "don't know"; the names the sources withhold are said to be
// withheld, and the salesperson who answered is given a name of our own.
import type { ExampleCase } from "../example-case";

export const railwayCase = {
  id: "railway",
  answeredOn: "2026.3",
  // Before signing: the work started on 1 December 2020.
  date: "2020-11-20",
  claims: { level: "critical", decision: "decline" },
  words: {
    en: {
      your_company: "A Shanghai IT company (name not published)",
      client_name: "A “Western” foreign company met in a WeChat group",
      end_client_declared:
        "A client providing technical support services for railway transportation (not named)",
      project_name: "China railway network research",
      project_description:
        "Buy and install equipment to the client's specification; collect IoT, cellular and GSM-R signal data at fixed points and by mobile testing along client-specified high-speed lines in 16 cities; deliver the data to the client.",
      assessor_name: "Chen Jie",
      assessor_role: "Sales director",
    },
    zh: {
      your_company: "上海某信息技术公司（案例未公开名称）",
      client_name: "在微信群中结识的“西方”境外公司",
      end_client_declared: "一家为铁路运输提供技术支持服务的客户（未具名）",
      project_name: "中国铁路网络调研",
      project_description:
        "按客户的规格采购并安装设备；在16个城市沿客户指定的高铁线路，以定点和移动测试方式采集物联网、蜂窝网络及GSM-R信号数据；将数据交付客户。",
      assessor_name: "陈杰",
      assessor_role: "销售总监",
    },
  },
  answers: {
    client_country: "unknown",
    contract_value: "unknown",
    start_date: "2020-12-01",
    end_date: "unknown",
    work_kinds: ["field_collection_equipment", "install_operate_devices"],

    end_client_disclosure: "named_vaguely",
    client_affiliations: ["military", "intelligence_security", "government"],
    counterparty_signals: ["unknown"],
    listed_in_china: "unknown",
    listed_abroad: "unknown",
    intermediary_chain: "direct",
    first_contact: "chat_group_or_social",
    funder_type: "commercial",
    official_endorsement_claimed: "no",
    identity_controls: ["none"],

    stated_purpose: "market_research",
    research_subjects_named: "yes",
    data_exceeds_purpose: "yes",
    purpose_clarity: "clear_and_stable",
    barred_activities: ["radio_monitoring"],
    barred_activity_performer: "unqualified_domestic_firm",
    research_sectors: ["rail_transport"],
    timing_coincides: "no",
    foreign_authority_involved: "no",
    purpose_controls: ["none"],

    data_categories: ["cii_operations", "radio_signals"],
    important_data_match: "unknown",
    core_data_match: "unknown",
    aggregation_at_scale: "yes",
    raw_data_required: "yes",
    opaque_format: "unknown",
    monthly_volume_gb: 500,
    data_controls: ["none"],

    collects_in_china: "yes",
    equipment_source: "client_specified",
    client_software: "unknown",
    locations_chosen_by: "by_client",
    locations_near: ["transport_hub"],
    mobile_routes: "yes",
    foreign_direction: "no",
    low_profile_instructions: "no",
    auto_upload: "unknown",
    permits_status: "unknown",
    subcontracting: "no",
    crowdsourcing: "no",
    aerial_capture: "no",
    network_testing: "no",
    collection_controls: ["none"],

    data_destination: "raw_abroad",
    remote_access: "no",
    storage_location: "unknown",
    export_route: "none_planned",
    data_inventory: "unknown",
    onward_transfer_limited: "no",
    contract_data_clauses: "no",
    transfer_records: "unknown",
    transfer_controls: ["none"],

    // Margins of 80–90 % against a usual 15–20 %: roughly four to five times the market price.
    price_vs_market: 450,
    expected_margin: 85,
    usual_margin: 18,
    payment_source: "contracting_party",
    secrecy_demands: "no",
    liability_disclaimers: "no",
    pressure_to_start: "no",
    free_equipment_bounties: "no",
    referral_for_fee: "no",
    is_renewal: "no",
    commercial_controls: ["none"],

    export_control_status: "unknown",
    company_is_ciio: "no",
    national_security_effect: "unknown",
    legal_advice: "not_yet_asked",
    legal_controls: ["none"],

    suspect_other_motive: "yes",
    refused_before: "no",
    comfortable_explaining: "unknown",
    told_not_to_ask: "no",
    intuition_controls: ["none"],
  },
} as const satisfies ExampleCase;
