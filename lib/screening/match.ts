// Comparing two normalised names, in any word order, and saying why they match.
//
// Tokens are paired one to one: Latin words by Jaro–Winkler (a short word must be equal, a word is
// never paired with one much longer, so "Rosneft" does not pair with "Rosneftegaz", and two words
// more than a typo apart never pair, however long the prefix they share); Han
// characters by equality; a Latin word with a run of Han characters whose pinyin spells it
// ("Huawei" ↔ 华为). The score is the weighted share of both names that is paired, so a short name
// inside a longer one scores low, and generic words ("Technology", 科技) count little. A match also
// needs one paired distinctive token, unless both names are paired whole.
import { jaroWinkler } from "@skyra/jaro-winkler";
import { distance } from "fastest-levenshtein";

import type { NameForm, Token } from "./normalise";

/** Two tokens pair when their similarity is at least this. */
export const TOKEN_THRESHOLD = 0.88;
/** A name is a possible match when its score is at least this. */
export const MATCH_THRESHOLD = 0.8;
/** Latin words this short must be equal to pair. */
const SHORT_WORD = 3;
/** The shorter of two paired Latin words is at least this share of the longer. */
const LENGTH_RATIO = 0.75;
/** Edits allowed between two paired words: a typo, not a different stem ("Brightline" ≠ "Brightwave"). */
const maxEdits = (length: number) => (length <= 10 ? 1 : 2);
/** A Latin word may spell at most this many Han characters. */
const MAX_RUN = 4;

export interface TokenPair {
  /** The query's side of the pair, as normalised (a word, or Han characters). */
  query: string;
  /** The listed name's side. */
  listed: string;
  similarity: number;
}

export interface NameComparison {
  score: number;
  pairs: TokenPair[];
}

/** Similarity of two Latin words, 0 when they may not pair at all. */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const short = Math.min(a.length, b.length);
  if (short <= SHORT_WORD) return 0;
  const long = Math.max(a.length, b.length);
  if (short / long < LENGTH_RATIO || distance(a, b) > maxEdits(long)) return 0;
  return jaroWinkler(a, b);
}

type Candidate = { q: number[]; c: number[]; similarity: number; gain: number };

function spellings(from: Token[], to: Token[], fromIsQuery: boolean, out: Candidate[]) {
  from.forEach((word, i) => {
    if (word.script !== "latin") return;
    for (let start = 0; start < to.length; start++) {
      let spelled = "";
      const run: number[] = [];
      for (let end = start; end < Math.min(to.length, start + MAX_RUN); end++) {
        const han = to[end]!;
        if (han.script !== "han" || han.pinyin === undefined) break;
        spelled += han.pinyin;
        run.push(end);
        const similarity = wordSimilarity(word.text, spelled);
        if (similarity < TOKEN_THRESHOLD) continue;
        const runWeight = run.reduce((sum, k) => sum + to[k]!.weight, 0);
        const gain = similarity * (word.weight + runWeight);
        out.push(
          fromIsQuery ? { q: [i], c: [...run], similarity, gain } : { q: [...run], c: [i], similarity, gain },
        );
      }
    }
  });
}

/** The best one-to-one pairing of the two names' tokens, greedily: closest first, then heaviest. */
export function compareNames(query: NameForm, listed: NameForm): NameComparison {
  const q = query.tokens;
  const c = listed.tokens;
  const candidates: Candidate[] = [];
  q.forEach((a, i) =>
    c.forEach((b, j) => {
      if (a.script !== b.script) return;
      const similarity = a.script === "han" ? (a.text === b.text ? 1 : 0) : wordSimilarity(a.text, b.text);
      if (similarity >= TOKEN_THRESHOLD)
        candidates.push({ q: [i], c: [j], similarity, gain: similarity * (a.weight + b.weight) });
    }),
  );
  spellings(q, c, true, candidates);
  spellings(c, q, false, candidates);
  candidates.sort((x, y) => y.similarity - x.similarity || y.gain - x.gain);

  const usedQ = new Set<number>();
  const usedC = new Set<number>();
  const pairs: TokenPair[] = [];
  let paired = 0;
  let distinctive = false;
  for (const candidate of candidates) {
    if (candidate.q.some((i) => usedQ.has(i)) || candidate.c.some((j) => usedC.has(j))) continue;
    candidate.q.forEach((i) => usedQ.add(i));
    candidate.c.forEach((j) => usedC.add(j));
    paired += candidate.gain;
    const qTokens = candidate.q.map((i) => q[i]!);
    const cTokens = candidate.c.map((j) => c[j]!);
    if (qTokens.some((t) => t.weight === 1) && cTokens.some((t) => t.weight === 1)) distinctive = true;
    pairs.push({
      query: joinTokens(qTokens),
      listed: joinTokens(cTokens),
      similarity: round(candidate.similarity),
    });
  }
  const total = weight(q) + weight(c);
  if (total === 0 || pairs.length === 0) return { score: 0, pairs: [] };
  const whole = usedQ.size === q.length && usedC.size === c.length;
  const score = distinctive || whole ? paired / total : 0;
  return { score: round(score), pairs };
}

const weight = (tokens: Token[]) => tokens.reduce((sum, t) => sum + t.weight, 0);
const round = (x: number) => Math.round(x * 1000) / 1000;
const joinTokens = (tokens: Token[]) =>
  tokens.every((t) => t.script === "han")
    ? tokens.map((t) => t.text).join("")
    : tokens.map((t) => t.text).join(" ");

/**
 * The forms a name is compared in: itself, and where it mixes Han and Latin writing (a list
 * that puts "华为 Huawei" in one field), each script on its own as well.
 */
export function splitScripts(form: NameForm): NameForm[] {
  const han = form.tokens.filter((t) => t.script === "han");
  const latin = form.tokens.filter((t) => t.script === "latin");
  if (han.length === 0 || latin.length === 0) return [form];
  return [form, { original: form.original, tokens: han }, { original: form.original, tokens: latin }];
}
