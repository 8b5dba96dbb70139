// Decisions on earlier engagements (lib/register): that a party named in an assessment is, or is
// not, the party of an earlier assessment in this browser, with the reason for a dismissal.
// Store declared in schema.ts, version 7. A confirmed decision also makes the two names aliases
// of one counterparty (the counterparty page).
import type { EntityTable } from "dexie";

import { type CommissionCheckDb, getDb } from "./db";
import type { RegisterDecision } from "./register-decision";

type RegisterDb = CommissionCheckDb & { registerDecisions: EntityTable<RegisterDecision, "id"> };
const db = () => getDb() as RegisterDb;

/** Every decision (all assessments: the counterparty page follows confirmed aliases). */
export async function listRegisterDecisions(): Promise<RegisterDecision[]> {
  return db().registerDecisions.toArray();
}

export async function putRegisterDecision(decision: RegisterDecision): Promise<void> {
  await db().registerDecisions.put(decision);
}

/** Takes a decision back (the match is open again). */
export async function removeRegisterDecision(id: string): Promise<void> {
  await db().registerDecisions.delete(id);
}
