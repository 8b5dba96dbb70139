// What a clearance's signature vouches for. A sign-off's signature covers the record's chain head
// just before it (signature.ts), which it carries; since the chain recipe is public, someone who
// edits an earlier entry can recompute the chain, and a signature checked only against the head it
// carries would still verify. A clearance attests to the state of every condition and approval,
// so it verifies only when its head is the one recomputed from the trail before it: an edited
// status, note or evidence hash under a clearance leaves the clearance unverified.
import type { Assessment } from "./assessment";
import { chainHead } from "./chain";
import { defaultReassessBy } from "./dates";
import { engagementOf } from "./engagement";

type Trail = Partial<Pick<Assessment, "audit" | "signOffs" | "reassessBy" | "completedAt" | "answers">> & {
  fingerprint?: string;
};

/** Whether `chain` is the record's chain head just before its sign-off at `index` (a clearance). */
export async function clearanceBinds(a: Trail, index: number, chain: string): Promise<boolean> {
  const signOff = a.signOffs?.[index];
  const audit = a.audit ?? [];
  if (!signOff || !a.fingerprint) return false;
  const k = audit.findIndex(
    (e) => e.action === "signed_off" && e.detail === "cleared" && e.at === signOff.at,
  );
  if (k < 0) return false;
  const before = audit.slice(0, k);
  // The re-assess-by date then: the last one set before, else the one set at completion (still
  // the record's own when it was never changed, else recomputed as completion set it).
  const set = before.filter((e) => e.action === "reassess_by_set");
  const candidates = new Set<string | undefined>();
  if (set.length > 0) candidates.add(set.at(-1)!.detail);
  else {
    if (!audit.slice(k).some((e) => e.action === "reassess_by_set")) candidates.add(a.reassessBy);
    if (a.completedAt)
      candidates.add(defaultReassessBy(new Date(a.completedAt), engagementOf(a.answers ?? {}).endDate));
  }
  for (const reassessBy of candidates) {
    const head = await chainHead({
      fingerprint: a.fingerprint,
      audit: before,
      signOffs: a.signOffs!.slice(0, index),
      reassessBy,
    });
    if (head === chain) return true;
  }
  return false;
}
