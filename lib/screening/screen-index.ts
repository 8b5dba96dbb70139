// The in-memory index that screening runs on: every name of every loaded entry, found by short
// keys (word prefixes and suffixes, Han characters, pinyin) so that one name is compared with a
// few hundred candidates rather than with every name of a 20,000-entry list.
import { compareNames, MATCH_THRESHOLD, splitScripts } from "./match";
import { type NameForm, normaliseName, type Token } from "./normalise";
import type { IndexedEntry, ListEntry, ScreeningHit } from "./types";

/** Hits kept per screened name and list, best first. */
const MAX_HITS = 10;

/** Normalises every name of an entry (import time). */
export function indexEntry(entry: ListEntry): IndexedEntry {
  const names = entry.chineseName ? [...entry.names, entry.chineseName] : entry.names;
  return { ...entry, forms: names.map(normaliseName) };
}

const prefix = (text: string) => text.slice(0, 3);

/** The keys a name is found by. */
export function nameKeys(tokens: readonly Token[]): string[] {
  const keys = new Set<string>();
  const distinctive = tokens.some((t) => t.weight === 1);
  tokens.forEach((token, i) => {
    if (token.weight !== 1) {
      if (!distinctive) keys.add(`g:${token.text}`);
      return;
    }
    if (token.script === "latin") {
      if (token.text.length <= 3) keys.add(`y:${token.text}`);
      keys.add(`p:${prefix(token.text)}`);
      keys.add(`s:${token.text.slice(-3)}`);
      return;
    }
    keys.add(`h:${token.text}`);
    if (token.pinyin) {
      keys.add(`y:${token.pinyin}`);
      const spelled = tokens
        .slice(i)
        .map((t) => t.pinyin ?? "")
        .join("");
      keys.add(`p:${prefix(spelled)}`);
    }
  });
  return [...keys];
}

type Posting = { list: number; entry: number };

export interface IndexedList {
  id: string;
  entries: IndexedEntry[];
}

export class ScreeningIndex {
  private readonly postings = new Map<string, Posting[]>();

  constructor(private readonly lists: readonly IndexedList[]) {
    lists.forEach((list, l) =>
      list.entries.forEach((entry, e) => {
        const keys = new Set(entry.forms.flatMap((form) => nameKeys(form.tokens)));
        for (const key of keys) {
          const posting = this.postings.get(key);
          if (posting) posting.push({ list: l, entry: e });
          else this.postings.set(key, [{ list: l, entry: e }]);
        }
      }),
    );
  }

  /** Possible matches of one name in every list, best first. */
  screen(name: string): ScreeningHit[] {
    const queries = splitScripts(normaliseName(name));
    const seen = new Set<number>();
    const hits: ScreeningHit[] = [];
    const perList = new Map<number, number>();
    const candidates: Posting[] = [];
    for (const key of new Set(queries.flatMap((q) => nameKeys(q.tokens)))) {
      for (const posting of this.postings.get(key) ?? []) {
        const id = posting.list * 1e7 + posting.entry;
        if (seen.has(id)) continue;
        seen.add(id);
        candidates.push(posting);
      }
    }
    for (const { list, entry: e } of candidates) {
      const entry = this.lists[list]!.entries[e]!;
      const hit = bestHit(queries, entry, this.lists[list]!.id);
      if (hit) hits.push(hit);
    }
    hits.sort((a, b) => b.score - a.score || a.entryName.localeCompare(b.entryName));
    return hits.filter((hit) => {
      const index = this.lists.findIndex((l) => l.id === hit.listId);
      const count = perList.get(index) ?? 0;
      perList.set(index, count + 1);
      return count < MAX_HITS;
    });
  }
}

function bestHit(queries: NameForm[], entry: IndexedEntry, listId: string): ScreeningHit | null {
  let best: ScreeningHit | null = null;
  entry.forms.forEach((form, n) => {
    for (const listed of splitScripts(form)) {
      for (const query of queries) {
        const { score, pairs } = compareNames(query, listed);
        if (score < MATCH_THRESHOLD || (best && score <= best.score)) continue;
        best = {
          listId,
          entryKey: entry.key,
          entryName: entry.names[0] ?? entry.chineseName ?? "",
          matchedName: form.original,
          alias: n > 0 && form.original !== entry.chineseName,
          score,
          pairs,
          list: entry.list,
          programme: entry.programme,
          listedOn: entry.listedOn,
          countries: entry.countries,
          sourceUrl: entry.sourceUrl,
        };
      }
    }
  });
  return best;
}
