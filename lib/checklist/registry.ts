// The checklist registry, the one barrel of lib/checklist: an assessment names the version it was
// answered against and is always rendered and scored with that definition.
import { checklist2026_1 } from "./2026.1/checklist";
import { checklist2026_2 } from "./2026.2/checklist";
import { checklist2026_3 } from "./2026.3/checklist";
import type { Checklist } from "./types";

export const CURRENT_CHECKLIST_VERSION = "2026.3";

export const CHECKLISTS: Record<string, Checklist> = {
  "2026.1": checklist2026_1,
  "2026.2": checklist2026_2,
  "2026.3": checklist2026_3,
};

export function getChecklist(version: string): Checklist {
  const checklist = CHECKLISTS[version];
  if (!checklist) throw new Error(`Unknown checklist version ${version}`);
  return checklist;
}

export function isKnownChecklistVersion(version: string): boolean {
  return Object.hasOwn(CHECKLISTS, version);
}
