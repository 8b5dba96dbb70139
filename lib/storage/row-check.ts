// History rows as read back: parsed with their schema and checked against their checksum before
// the history, its search, filters, portfolio or register see them. A row that fails is kept, as a
// damaged row (its id and what was wrong), never dropped and never trusted: it has no verdict or
// sign-off, shows as damaged with its id, and a way to open or delete its record. Loaded with the
// history's code (index.ts, history-reads.ts), not in any page's first load.
//
// What this catches and what it does not: a row that is malformed (a project that is an object, a
// numeric search field, a null client) or edited without recomputing its checksum (a verdict set to
// low / proceed / approved) is damaged. A row edited and re-checksummed by someone who read this
// code is not caught here; the summary, the compare page and the PDF read the sealed record itself
// (fingerprint and chain), never the row, so what they show is the record's.
import * as z from "@/lib/base/zod";
import { DECISIONS, LEVELS } from "@/lib/checklist/types";
import { NAME_ROLES } from "@/lib/screening/record";

import { type HistoryRow, rowChecksum } from "./history-row";

/** Longest text a row's field may hold (a project name is far shorter; a 1 MB "name" is damage). */
const MAX_TEXT = 2_000;
const text = z.string().check(z.maxLength(MAX_TEXT));
// Every latest sign-off a row can name (history-row.ts): the compiler fails when one is missing.
const SIGN_OFFS = [
  "approved",
  "approved_with_conditions",
  "rejected",
  "cleared",
  "unverified",
] as const satisfies readonly NonNullable<HistoryRow["signOff"]>[];
const everySignOff: Exclude<NonNullable<HistoryRow["signOff"]>, (typeof SIGN_OFFS)[number]> extends never
  ? true
  : false = true;
void everySignOff;
const TIME = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const time = z.string().check(z.regex(TIME));
const count = z.number().check(z.int(), z.minimum(0), z.maximum(1_000));

/**
 * The row db.ts stores (history-row.ts HistoryRow). Loose: a field added by a later release is
 * kept (the checksum covers it), so rows written by a newer tab are not called damaged.
 */
export const historyRowSchema = z.looseObject({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  status: z.enum(["draft", "completed"]),
  project: text,
  counterparty: text,
  endClient: text,
  assessor: text,
  level: z.optional(z.enum(LEVELS)),
  decision: z.optional(z.enum(DECISIONS)),
  signOff: z.optional(z.enum(SIGN_OFFS)),
  checklistVersion: z.string().check(z.maxLength(40)),
  createdAt: time,
  updatedAt: time,
  completedAt: z.optional(time),
  reassessBy: z.optional(z.string().check(z.regex(DAY))),
  reassessedFrom: z.optional(z.string().check(z.maxLength(200))),
  decisiveFlags: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(200))),
  conditions: z.optional(
    z.strictObject({
      total: count,
      open: count,
      nextDue: z.optional(z.string().check(z.regex(DAY))),
      cleared: z.optional(time),
    }),
  ),
  parties: z.optional(
    z.array(z.strictObject({ role: z.enum(NAME_ROLES), name: text })).check(z.maxLength(200)),
  ),
  search: z.string().check(z.maxLength(4 * MAX_TEXT + 3)),
  check: z.string().check(z.maxLength(40)),
});

/** What is wrong with a damaged row: "schema:<field>" per failing field, or "checksum". */
export type RowProblem = string;

const stringOr = (value: unknown, fallback: string) =>
  typeof value === "string" && value.length <= MAX_TEXT ? value : fallback;

/** A damaged row: its id, the texts that are still plain strings (to recognise it), no verdict. */
function damagedRow(raw: unknown, problems: readonly RowProblem[]): HistoryRow {
  const o = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const project = stringOr(o.project, "");
  const counterparty = stringOr(o.counterparty, "");
  const endClient = stringOr(o.endClient, "");
  const assessor = stringOr(o.assessor, "");
  const id = typeof o.id === "string" || typeof o.id === "number" ? String(o.id) : "";
  const updatedAt = typeof o.updatedAt === "string" && TIME.test(o.updatedAt) ? o.updatedAt : "";
  return {
    id,
    status: o.status === "completed" ? "completed" : "draft",
    project,
    counterparty,
    endClient,
    assessor,
    checklistVersion: stringOr(o.checklistVersion, "").slice(0, 40),
    createdAt: updatedAt,
    updatedAt,
    search: [id, project, counterparty, endClient, assessor].join("\n").toLocaleLowerCase(),
    check: "",
    damaged: problems,
  };
}

/** One stored row as the history may use it: the row itself, or a damaged row saying why. */
export function checkRow(raw: unknown): HistoryRow {
  // The plain guard answers for the rows that pass (nearly all); zod only explains a failure.
  if (isWellFormedRow(raw)) return raw.check === rowChecksum(raw) ? raw : damagedRow(raw, ["checksum"]);
  const parsed = historyRowSchema.safeParse(raw);
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((issue) => `schema:${String(issue.path[0] ?? "row")}`));
    return damagedRow(raw, [...fields]);
  }
  const row = parsed.data as HistoryRow;
  if (row.check !== rowChecksum(row)) return damagedRow(raw, ["checksum"]);
  return row;
}

// historyRowSchema written out as plain checks. zod/mini runs without its JIT here (the CSP forbids
// eval), and parsing 10,000 rows with it took about 300 ms of the history's first list; this guard
// accepts exactly what the schema accepts (row-check.test.ts compares the two on arbitrary rows).
const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === "string" && v.length <= max;
const isOptional = (v: unknown, test: (v: unknown) => boolean) => v === undefined || test(v);
const isTime = (v: unknown) => typeof v === "string" && TIME.test(v);
const isDay = (v: unknown) => typeof v === "string" && DAY.test(v);
const isOneOf = (values: readonly string[]) => (v: unknown) => typeof v === "string" && values.includes(v);
const isCount = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 1_000;
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const hasOnly = (o: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(o).every((k) => keys.includes(k));
const isArrayOf = (v: unknown, test: (item: unknown) => boolean) =>
  Array.isArray(v) && v.length <= 200 && v.every(test);
const CONDITION_KEYS = ["total", "open", "nextDue", "cleared"];
const PARTY_KEYS = ["role", "name"];

/** Whether `raw` is a row historyRowSchema accepts (its checksum aside). */
export function isWellFormedRow(raw: unknown): raw is HistoryRow {
  if (!isPlainObject(raw)) return false;
  const r = raw;
  return (
    typeof r.id === "string" &&
    r.id.length >= 1 &&
    r.id.length <= 200 &&
    (r.status === "draft" || r.status === "completed") &&
    isText(r.project) &&
    isText(r.counterparty) &&
    isText(r.endClient) &&
    isText(r.assessor) &&
    isOptional(r.level, isOneOf(LEVELS)) &&
    isOptional(r.decision, isOneOf(DECISIONS)) &&
    isOptional(r.signOff, isOneOf(SIGN_OFFS)) &&
    isText(r.checklistVersion, 40) &&
    isTime(r.createdAt) &&
    isTime(r.updatedAt) &&
    isOptional(r.completedAt, isTime) &&
    isOptional(r.reassessBy, isDay) &&
    isOptional(r.reassessedFrom, (v) => isText(v, 200)) &&
    isOptional(r.decisiveFlags, (v) => isArrayOf(v, (flag) => isText(flag, 200))) &&
    isOptional(
      r.conditions,
      (c) =>
        isPlainObject(c) &&
        hasOnly(c, CONDITION_KEYS) &&
        isCount(c.total) &&
        isCount(c.open) &&
        isOptional(c.nextDue, isDay) &&
        isOptional(c.cleared, isTime),
    ) &&
    isOptional(r.parties, (v) =>
      isArrayOf(
        v,
        (p) => isPlainObject(p) && hasOnly(p, PARTY_KEYS) && isOneOf(NAME_ROLES)(p.role) && isText(p.name),
      ),
    ) &&
    isText(r.search, 4 * MAX_TEXT + 3) &&
    isText(r.check, 40)
  );
}

/** Every row checked, in the order given (a row that passes is the row as read). */
export function checkRows(raw: readonly unknown[]): HistoryRow[] {
  const start = performance.now();
  const rows = raw.map(checkRow);
  // For `npm run bench` (bench/history.bench.ts): the check's share of the history's first list.
  performance.measure(ROWS_CHECKED, { start, detail: rows.length });
  return rows;
}

/** The user-timing measure each checkRows leaves. */
export const ROWS_CHECKED = "history rows checked";
