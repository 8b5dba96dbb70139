// Test helper: a history row with every required field, `over` on top (its checksum left empty:
// for the pure functions over rows, which never check it).
import type { HistoryRow } from "../history-row";

export const historyRow = (over: Partial<HistoryRow>): HistoryRow => ({
  id: over.id ?? crypto.randomUUID(),
  status: "completed",
  project: "",
  counterparty: "",
  endClient: "",
  assessor: "",
  checklistVersion: "2026.2",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  search: [over.project, over.counterparty, over.endClient, over.assessor].join("\n").toLowerCase(),
  check: "",
  ...over,
});
