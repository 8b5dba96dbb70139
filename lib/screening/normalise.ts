// Name normalisation for screening: one name becomes tokens that can be compared in any order.
//
// - NFKC (full-width letters and digits become ASCII), lower case, traditional → simplified
//   Chinese (opencc-js), punctuation to spaces, accents dropped;
// - company-form words (Ltd, GmbH, 有限公司, 股份有限公司, …) removed: they say nothing about who;
// - a few abbreviations written out ("intl" → "international");
// - generic words ("technology", "科技", "trading") kept but weighted low, so that they can
//   support a match and never make one on their own;
// - a Han run is split into characters (each a token), and carries its pinyin (pinyin-pro) so a
//   Latin spelling can be compared with it.
import { Converter } from "opencc-js/t2cn";
import { pinyin } from "pinyin-pro";

export type TokenScript = "latin" | "han";

export interface Token {
  /** Latin: the normalised word; Han: one simplified character. */
  text: string;
  script: TokenScript;
  /** How much this token says about identity: 1 normal, GENERIC_WEIGHT for generic words. */
  weight: number;
  /** Han only: the toneless pinyin syllable. */
  pinyin?: string;
}

export interface NameForm {
  /** The name as written in the list or typed by the user. */
  original: string;
  tokens: Token[];
}

export const GENERIC_WEIGHT = 0.25;

const toSimplified = Converter({ from: "t", to: "cn" });

/** Legal forms, in lower case, as whole words after punctuation is removed. */
const LATIN_COMPANY_FORMS = new Set([
  "ltd",
  "limited",
  "co",
  "company",
  "corp",
  "corporation",
  "inc",
  "incorporated",
  "llc",
  "llp",
  "lp",
  "plc",
  "gmbh",
  "mbh",
  "ag",
  "kg",
  "sa",
  "sas",
  "sarl",
  "srl",
  "spa",
  "bv",
  "nv",
  "ab",
  "oy",
  "as",
  "asa",
  "kk",
  "jsc",
  "ojsc",
  "pjsc",
  "cjsc",
  "ooo",
  "oao",
  "zao",
  "pao",
  "pte",
  "pty",
  "bhd",
  "sdn",
  "fze",
  "fzco",
  "fzc",
  "dmcc",
  "the",
  "of",
  "and",
  "for",
  "gongsi",
  "youxian",
]);

/** Han legal forms, longest first (the text is simplified before they are removed). */
const HAN_COMPANY_FORMS = ["股份有限公司", "有限责任公司", "有限公司", "责任公司", "分公司", "公司", "有限"];

// A Map, not an object: the key is a word of user text, and "constructor" or "__proto__" must read
// as words, never as an object's inherited members.
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    intl: "international",
    int: "international",
    tech: "technology",
    techs: "technology",
    grp: "group",
    comm: "communications",
    comms: "communications",
    mfg: "manufacturing",
    univ: "university",
    natl: "national",
    inst: "institute",
    sci: "science",
    eng: "engineering",
    elec: "electronics",
    dev: "development",
    hldgs: "holdings",
    hldg: "holdings",
    technologies: "technology",
    industries: "industry",
    industrial: "industry",
    sciences: "science",
    electronic: "electronics",
    communication: "communications",
    systems: "system",
    services: "service",
    enterprises: "enterprise",
    holding: "holdings",
    // Pinyin of company forms.
    youxiangongsi: "gongsi",
  }),
);

/** Words that many unrelated names share. A match needs more than these. */
const LATIN_GENERIC = new Set([
  "technology",
  "technologies",
  "international",
  "trading",
  "trade",
  "group",
  "holding",
  "holdings",
  "industrial",
  "industry",
  "industries",
  "development",
  "science",
  "sciences",
  "engineering",
  "electronics",
  "electronic",
  "communications",
  "communication",
  "import",
  "export",
  "manufacturing",
  "services",
  "service",
  "systems",
  "system",
  "global",
  "investment",
  "enterprise",
  "enterprises",
  "research",
  "institute",
  "university",
  "academy",
  "national",
  "general",
  "equipment",
  "logistics",
  "shipping",
  "network",
  "information",
  "solutions",
  "china",
  "chinese",
  "beijing",
  "shanghai",
  "shenzhen",
  "hong",
  "kong",
  // Pinyin of the Han generic words below, as Latin spellings of Chinese names write them.
  "keji",
  "jishu",
  "guoji",
  "maoyi",
  "jituan",
  "konggu",
  "shiye",
  "gongye",
  "fazhan",
  "dianzi",
  "gongcheng",
  "tongxin",
  "xinxi",
  "touzi",
  "zhongguo",
]);

/** Han generic words, longest first; each is kept as one low-weight token. */
const HAN_GENERIC = [
  "进出口",
  "研究院",
  "研究所",
  "科技",
  "技术",
  "国际",
  "贸易",
  "集团",
  "控股",
  "实业",
  "工业",
  "发展",
  "电子",
  "工程",
  "通信",
  "信息",
  "网络",
  "系统",
  "设备",
  "投资",
  "物流",
  "航运",
  "大学",
  "学院",
  "中国",
  "北京",
  "上海",
  "深圳",
  "香港",
];

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

function latinWord(word: string): Token | null {
  const expanded = ABBREVIATIONS.get(word) ?? word;
  if (LATIN_COMPANY_FORMS.has(expanded)) return null;
  return { text: expanded, script: "latin", weight: LATIN_GENERIC.has(expanded) ? GENERIC_WEIGHT : 1 };
}

function hanTokens(run: string): Token[] {
  let text = run;
  for (const form of HAN_COMPANY_FORMS) text = text.split(form).join(" ");
  const tokens: Token[] = [];
  for (const piece of text.split(" ").filter(Boolean)) {
    let rest = piece;
    while (rest.length > 0) {
      const generic = HAN_GENERIC.find((word) => rest.startsWith(word));
      if (generic) {
        tokens.push({ text: generic, script: "han", weight: GENERIC_WEIGHT, pinyin: toPinyin(generic) });
        rest = rest.slice(generic.length);
      } else {
        const char = String.fromCodePoint(rest.codePointAt(0)!);
        tokens.push({ text: char, script: "han", weight: 1, pinyin: toPinyin(char) });
        rest = rest.slice(char.length);
      }
    }
  }
  return tokens;
}

function toPinyin(text: string): string {
  return pinyin(text, { toneType: "none", type: "array", surname: "head" }).join("");
}

/** Simplified, width-folded, lower-case text without accents: the base of every comparison. */
export function foldText(name: string): string {
  return toSimplified(name.normalize("NFKC"))
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC");
}

/** Tokens of one name, in their written order. */
export function normaliseName(name: string): NameForm {
  const folded = foldText(name);
  const tokens: Token[] = [];
  // Han runs and everything between them, in order.
  let at = 0;
  for (const match of folded.matchAll(HAN_RUN)) {
    tokens.push(...latinTokens(folded.slice(at, match.index)));
    tokens.push(...hanTokens(match[0]));
    at = match.index + match[0].length;
  }
  tokens.push(...latinTokens(folded.slice(at)));
  return { original: name, tokens };
}

function latinTokens(text: string): Token[] {
  return text
    .replace(/['’`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !HAN.test(word))
    .map(latinWord)
    .filter((token): token is Token => token !== null);
}
