// Building and deciding a screening record: pure functions, so the identity step's control only
// wires them to the worker and to storage.
import type { NameResult } from "./jobs";
import type { HitDecision, RecordedHit, ScreenedName, ScreeningRecord } from "./record";
import type { ScreeningList } from "./types";

const hitId = (h: Pick<RecordedHit, "name" | "listId" | "entryKey">) =>
  `${h.name}\u0000${h.listId}\u0000${h.entryKey}`;
export { hitId };

/**
 * A new record from one screening run. A possible match already decided in `previous` (same name,
 * same list snapshot, same entry) keeps its decision and reason.
 */
export function buildRecord(
  names: ScreenedName[],
  lists: ScreeningList[],
  results: NameResult[],
  previous: ScreeningRecord | undefined,
  now: string,
): ScreeningRecord {
  const decided = new Map((previous?.hits ?? []).map((h) => [hitId(h), h]));
  const hits: RecordedHit[] = [];
  names.forEach(({ role, name }, i) => {
    for (const hit of results[i]?.hits ?? []) {
      const fresh: RecordedHit = { ...hit, name, role, decision: "pending" };
      const before = decided.get(hitId(fresh));
      hits.push(
        before
          ? { ...fresh, decision: before.decision, reason: before.reason, decidedAt: before.decidedAt }
          : fresh,
      );
    }
  });
  return {
    screenedAt: now,
    lists: lists.map(({ id, name, format, scope, asOf, entityCount, sha256 }) => ({
      id,
      name,
      format,
      scope,
      asOf,
      entityCount,
      sha256,
    })),
    names,
    hits,
  };
}

/** The record with one possible match decided (a dismissal carries its reason). */
export function decide(
  record: ScreeningRecord,
  id: string,
  decision: HitDecision,
  reason: string | undefined,
  now: string,
): ScreeningRecord {
  return {
    ...record,
    hits: record.hits.map((h) =>
      hitId(h) === id
        ? {
            ...h,
            decision,
            reason: decision === "dismissed" ? reason?.trim() : undefined,
            decidedAt: decision === "pending" ? undefined : now,
          }
        : h,
    ),
  };
}
