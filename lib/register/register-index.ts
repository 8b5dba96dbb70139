// Earlier engagements with the same parties: every party named by the assessments in this browser
// (their history rows, lib/storage/history-row.ts), indexed and compared with the screening
// matcher (lib/screening: exact, transliterated and pinyin, traditional/simplified, company forms,
// word order), so that "北京華為技術有限公司" entered today finds "Huawei Technologies" declined
// last year, with the same explanation a screening hit gives. Pure and synchronous; the register
// worker (register.worker.ts) keeps one in memory.
import type { TokenPair } from "@/lib/screening/match";
import { PreparedList } from "@/lib/screening/prepared-index";
import { indexEntry, ScreeningIndex } from "@/lib/screening/screen-index";
import type { NameRole } from "@/lib/screening/record";
import type { IndexedEntry } from "@/lib/screening/types";
import type { HistoryRow, PartyName } from "@/lib/storage/history-row";

/** One earlier assessment as a match shows it. */
export interface EarlierEngagement {
  assessmentId: string;
  project: string;
  status: HistoryRow["status"];
  /** When it was completed (a draft: last changed), ISO date-time. */
  date: string;
  level?: HistoryRow["level"];
  decision?: HistoryRow["decision"];
  decisiveFlags: string[];
  /** Its tracked conditions and approvals still open (lib/tracking); absent when it has none to track. */
  openConditions?: number;
}

/** A name typed now that may be a party of an earlier assessment, explained as screening hits are. */
export interface RegisterMatch {
  /** The name looked up, and its role in the assessment being filled in. */
  name: string;
  role: NameRole;
  /** The earlier assessment's party that matched. */
  party: PartyName;
  engagement: EarlierEngagement;
  score: number;
  pairs: TokenPair[];
}

/** Matches kept per name looked up, best first, unless asked for more. */
const MAX_MATCHES = 20;

export interface LookupOptions {
  exclude?: string;
  limit?: number;
}

/** The parties of a row: those it names, or, for a row written before they were kept, its two names. */
export function rowParties(row: HistoryRow): PartyName[] {
  if (row.parties) return row.parties;
  const named: PartyName[] = [
    { role: "client", name: row.counterparty },
    { role: "end_client", name: row.endClient },
  ];
  return named.filter((p) => p.name.trim() !== "");
}

export function engagementOfRow(row: HistoryRow): EarlierEngagement {
  return {
    assessmentId: row.id,
    project: row.project,
    status: row.status,
    date: row.completedAt ?? row.updatedAt,
    level: row.level,
    decision: row.decision,
    decisiveFlags: row.decisiveFlags ?? [],
    ...(row.conditions ? { openConditions: row.conditions.open } : {}),
  };
}

const SEPARATOR = "\u001f";
/** Versions of a row that were normalised: its parties' entries are kept while it is unchanged. */
const rowVersion = (row: HistoryRow) => `${row.id}${SEPARATOR}${row.updatedAt}`;

export class RegisterIndex {
  private rows = new Map<string, HistoryRow>();
  /** Normalised parties per row version (normalising is most of the cost: done once per version). */
  private entries = new Map<string, IndexedEntry[]>();
  private index = new ScreeningIndex([]);

  constructor(rows: readonly HistoryRow[] = []) {
    this.update(rows);
  }

  get size(): number {
    return this.rows.size;
  }

  /**
   * Brings the index to these rows (every row stored): a new or changed row is normalised, a
   * removed one dropped, the rest reused. Returns how many rows were normalised.
   */
  update(rows: readonly HistoryRow[]): number {
    const next = new Map<string, IndexedEntry[]>();
    let normalised = 0;
    this.rows = new Map(rows.map((row) => [row.id, row]));
    for (const row of rows) {
      const version = rowVersion(row);
      let entries = this.entries.get(version);
      if (!entries) {
        normalised += 1;
        entries = rowParties(row).map((party) =>
          indexEntry({ key: `${version}${SEPARATOR}${party.role}`, names: [party.name], countries: [] }),
        );
      }
      next.set(version, entries);
    }
    this.entries = next;
    this.index = new ScreeningIndex([PreparedList.fromEntries("register", [...next.values()].flat())]);
    return normalised;
  }

  /**
   * Earlier engagements of these names, best first, at most `limit` per name; `exclude` is the
   * assessment being filled in.
   */
  lookup(names: readonly PartyName[], { exclude, limit = MAX_MATCHES }: LookupOptions = {}): RegisterMatch[] {
    const matches: RegisterMatch[] = [];
    for (const { role, name } of names) {
      const found: RegisterMatch[] = [];
      const seen = new Set<string>();
      for (const hit of this.index.screen(name, limit * 4)) {
        const [id = "", , partyRole = "client"] = hit.entryKey.split(SEPARATOR);
        const row = this.rows.get(id);
        // One match per earlier assessment (its best party), none with the one being filled in.
        if (!row || id === exclude || seen.has(id)) continue;
        seen.add(id);
        found.push({
          name,
          role,
          party: { role: partyRole as NameRole, name: hit.matchedName },
          engagement: engagementOfRow(row),
          score: hit.score,
          pairs: hit.pairs,
        });
      }
      matches.push(...found.slice(0, limit));
    }
    return matches;
  }
}
