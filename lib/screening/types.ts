// What a loaded list is, and what an entry of it holds, whatever file format it came from.
import type { NameForm } from "./normalise";
import type { TokenPair } from "./match";

export const LIST_FORMATS = ["simple_csv", "opensanctions_ftm", "opensanctions_targets", "ofac_sdn"] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

/** Which checklist question a list answers: China's lists (A4) or foreign sanctions lists (A5). */
export const LIST_SCOPES = ["china", "foreign"] as const;
export type ListScope = (typeof LIST_SCOPES)[number];

/** The question each scope answers, in every checklist version that has the identity section. */
export const SCOPE_QUESTION: Record<ListScope, string> = {
  china: "listed_in_china",
  foreign: "listed_abroad",
};

/** One listed party as its file describes it. */
export interface ListEntry {
  /** Its id in the source file (OpenSanctions id, OFAC ent_num, or the CSV line). */
  key: string;
  /** The listed name first, then aliases. */
  names: string[];
  chineseName?: string;
  countries: string[];
  /** The list inside the file, e.g. "Unreliable Entity List" or a dataset name. */
  list?: string;
  programme?: string;
  /** YYYY-MM-DD, as the file gives it. */
  listedOn?: string;
  sourceUrl?: string;
}

/** An entry with every name already normalised (done once, at import, in the worker). */
export interface IndexedEntry extends ListEntry {
  /** Normalised forms of `names`, then of `chineseName` if any, in that order. */
  forms: NameForm[];
  /** The keys the entry is found by (screen-index.ts nameKeys), computed once at import. */
  keys: string[];
}

/** A loaded list: one snapshot of one source. */
export interface ScreeningList {
  id: string;
  /** The source's name as the user gave it ("OFAC SDN", "MOFCOM Unreliable Entity List"). */
  name: string;
  format: ListFormat;
  scope: ListScope;
  /** The date the source published this snapshot (YYYY-MM-DD). */
  asOf: string;
  entityCount: number;
  /** SHA-256 (hex) of the file(s) as read, in the order given. */
  sha256: string;
  importedAt: string;
  files: string[];
}

/** One possible match, explained. */
export interface ScreeningHit {
  listId: string;
  entryKey: string;
  /** The entry's listed (first) name. */
  entryName: string;
  /** The name or alias of the entry that matched. */
  matchedName: string;
  alias: boolean;
  score: number;
  pairs: TokenPair[];
  list?: string;
  programme?: string;
  listedOn?: string;
  countries: string[];
  sourceUrl?: string;
}
