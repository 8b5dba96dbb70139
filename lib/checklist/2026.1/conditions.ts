// Conditions shared by several sections of checklist 2026.1.
import type { Condition } from "../types";

export const YES = { equals: "yes" } as const satisfies Condition;
export const NO = { equals: "no" } as const satisfies Condition;

/** Any data (raw or derived) leaves China, including remote access and foreign storage. */
export const DATA_LEAVES_CHINA = {
  any: [
    { question: "data_destination", oneOf: ["aggregated_results", "raw_abroad"] },
    { question: "remote_access", equals: "yes" },
    { question: "storage_location", oneOf: ["client_or_vendor_servers", "servers_abroad"] },
  ],
} as const satisfies Condition;

/** Data whose offshore delivery is itself prohibitive (reference 4 E, `raw_data_offshore`). */
export const PROHIBITIVE_DATA = {
  any: [
    { question: "data_categories", includesAny: ["cii_operations", "radio_signals", "state_secret"] },
    { question: "core_data_match", equals: "yes" },
  ],
} as const satisfies Condition;
