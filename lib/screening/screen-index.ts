// The in-memory index that screening runs on: every name of every loaded entry, found by keys
// (words and their one-letter deletions, pairs of Han characters, pinyin spellings), so that one
// name is compared with a few candidates rather than with every name of a 20,000-entry list.
import { compareNames, MATCH_THRESHOLD, splitScripts } from "./match";
import { type NameForm, normaliseName, type Token } from "./normalise";
import { PreparedList, postingsOf, type ScreenedEntry } from "./prepared-index";
import type { IndexedEntry, ListEntry, ScreeningHit } from "./types";

/** Hits kept per screened name and list, best first. */
const MAX_HITS = 10;

/** Normalises every name of an entry (import time). */
export function indexEntry(entry: ListEntry): IndexedEntry {
  const names = entry.chineseName ? [...entry.names, entry.chineseName] : entry.names;
  const forms = names.map(normaliseName);
  const keys = new Set(forms.flatMap((form) => nameKeys(form.tokens, "listed").map(([key]) => key)));
  return { ...entry, forms, keys: [...keys] };
}

/** A word and every form of it with one letter deleted: two words one edit apart share a key. */
function withDeletions(word: string): string[] {
  if (word.length <= 3) return [word];
  const keys = [word];
  for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}

/** A Latin word may spell this many Han characters (match.ts pairs at most 4). */
const MAX_SPELLED = 4;
/** Han names this short are also found by the pinyin of single characters (personal names). */
const SHORT_HAN_NAME = 3;

/** A key and the tokens of the name (by index) it stands for. */
export type NameKey = [key: string, tokens: number[]];

/**
 * The keys a name is found by, in namespaces:
 *   w:  a listed Latin word and its one-deletion forms (a query's Latin words look here, and its
 *       Han characters' pinyin, so "华为" finds "Huawei")
 *   s:  the pinyin a run of a listed name's Han characters spells (a query's Latin words look
 *       here too, so "Huawei" finds "华为")
 *   h:  pairs of adjacent Han characters (the character itself for a one-character name)
 *   g:  the generic words of a name made of nothing else
 * A query word carries its one-deletion forms as well, so two words one edit apart meet.
 */
export function nameKeys(tokens: readonly Token[], role: "query" | "listed"): NameKey[] {
  const keys = new Map<string, Set<number>>();
  const add = (key: string, indices: number[]) => {
    const set = keys.get(key) ?? new Set<number>();
    indices.forEach((i) => set.add(i));
    keys.set(key, set);
  };
  const distinctive = tokens.filter((t) => t.weight === 1);
  if (distinctive.length === 0) {
    tokens.forEach((t, i) => add(`g:${t.text}`, [i]));
  } else {
    const hanCount = distinctive.filter((t) => t.script === "han").length;
    tokens.forEach((token, i) => {
      if (token.script === "latin") {
        if (token.weight !== 1) return;
        for (const key of withDeletions(token.text)) {
          add(`w:${key}`, [i]);
          if (role === "query") add(`s:${key}`, [i]);
        }
        return;
      }
      const next = tokens[i + 1];
      if (token.weight === 1 && next?.script === "han" && next.weight === 1)
        add(`h:${token.text}${next.text}`, [i, i + 1]);
      if (token.weight === 1 && hanCount === 1) add(`h:${token.text}`, [i]);
      let spelled = "";
      const run: number[] = [];
      for (let end = i; end < Math.min(tokens.length, i + MAX_SPELLED); end++) {
        const t = tokens[end]!;
        if (t.script !== "han" || t.pinyin === undefined) break;
        spelled += t.pinyin;
        run.push(end);
        if (!run.some((k) => tokens[k]!.weight === 1)) continue;
        if (role === "listed") {
          if (run.length > 1 || hanCount <= SHORT_HAN_NAME) add(`s:${spelled}`, [...run]);
        } else for (const key of withDeletions(spelled)) add(`w:${key}`, [...run]);
      }
    });
  }
  return [...keys].map(([key, set]) => [key, [...set]]);
}

/** A posting is one number: list index × ENTRY_SPAN + entry index (few objects for the GC to walk). */
const ENTRY_SPAN = 1e7;
/** Share of a query's distinctive tokens a candidate must share keys with. */
const SAME_SCRIPT_SHARE = 0.66;
const CROSS_SCRIPT_SHARE = 0.4;

function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count += 1;
  return count;
}

export interface IndexedList {
  id: string;
  entries: IndexedEntry[];
}

export class ScreeningIndex {
  private readonly lists: readonly PreparedList[];

  /** Lists as stored (prepared-index.ts), or entries in memory, whose postings are built here. */
  constructor(lists: readonly (IndexedList | PreparedList)[]) {
    this.lists = lists.map((list) =>
      list instanceof PreparedList ? list : PreparedList.fromEntries(list.id, list.entries),
    );
  }

  /** Possible matches of one name in every list, best first, at most `maxPerList` per list. */
  screen(name: string, maxPerList = MAX_HITS): ScreeningHit[] {
    const queries = splitScripts(normaliseName(name));
    // Candidates: entries that share keys with enough of the query's distinctive tokens to reach
    // the match threshold: two thirds of them within one script (a name that shares one word of
    // two or three cannot score 0.8), two fifths across scripts (one Latin word may pair with up
    // to four Han characters).
    // Tokens are bits of a mask (a name has far fewer than 31 distinctive tokens; later ones are
    // folded onto bit 30), so gathering allocates nothing per candidate.
    const candidates = new Set<number>();
    for (const query of queries) {
      const bit = (t: number) => 1 << Math.min(t, 30);
      let distinctiveMask = 0;
      query.tokens.forEach((t, i) => {
        if (t.weight === 1) distinctiveMask |= bit(i);
      });
      const distinctive = popcount(distinctiveMask);
      const same = new Map<number, number>();
      const cross = new Map<number, number>();
      for (const [key, tokens] of nameKeys(query.tokens, "query")) {
        const script = query.tokens[tokens[0]!]!.script;
        const across =
          (script === "latin" && key.startsWith("s:")) || (script === "han" && key.startsWith("w:"));
        const into = across ? cross : same;
        const mask = tokens.reduce((m, t) => m | bit(t), 0);
        this.lists.forEach((list, l) => {
          for (const e of postingsOf(list.postings, key)) {
            const id = l * ENTRY_SPAN + e;
            into.set(id, (into.get(id) ?? 0) | mask);
          }
        });
      }
      if (distinctive === 0) {
        for (const id of same.keys()) candidates.add(id);
        continue;
      }
      for (const [id, mask] of same) {
        if (popcount(mask & distinctiveMask) >= SAME_SCRIPT_SHARE * distinctive) candidates.add(id);
      }
      for (const [id, mask] of cross) {
        const all = mask | (same.get(id) ?? 0);
        if (popcount(all & distinctiveMask) >= CROSS_SCRIPT_SHARE * distinctive) candidates.add(id);
      }
    }
    const hits: ScreeningHit[] = [];
    for (const id of candidates) {
      const list = this.lists[Math.floor(id / ENTRY_SPAN)]!;
      const hit = bestHit(queries, list.entry(id % ENTRY_SPAN), list.id);
      if (hit) hits.push(hit);
    }
    hits.sort((a, b) => b.score - a.score || a.entryName.localeCompare(b.entryName));
    const perList = new Map<string, number>();
    return hits.filter((hit) => {
      const count = perList.get(hit.listId) ?? 0;
      perList.set(hit.listId, count + 1);
      return count < maxPerList;
    });
  }
}

function bestHit(queries: NameForm[], entry: ScreenedEntry, listId: string): ScreeningHit | null {
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
