// The PDF's fonts, all self-hosted under /fonts/ (see scripts/fonts.mjs) and fetched from the
// app's own origin. "Sans" (a Noto Sans SC subset: Latin, GB2312 and every character of the
// app's texts) is always used; the fallbacks are added to the font stack only when the text
// needs them, because react-pdf fetches and parses every font named in a stack.
import { Font } from "@react-pdf/renderer";

const FAMILIES = {
  cjk: "CjkRest",
  hebrew: "Hebrew",
  arabic: "Arabic",
  emoji: "Emoji",
} as const;

type Fallback = keyof typeof FAMILIES;

let registeredFrom: string | null = null;

function registerFonts(base: string) {
  if (registeredFrom === base) return;
  registeredFrom = base;
  Font.register({
    family: "Sans",
    fonts: [
      { src: `${base}sans-regular.ttf`, fontWeight: 400 },
      { src: `${base}sans-bold.ttf`, fontWeight: 700 },
    ],
  });
  Font.register({ family: FAMILIES.cjk, src: `${base}cjk-rest.ttf` });
  Font.register({ family: FAMILIES.hebrew, src: `${base}hebrew.ttf` });
  Font.register({ family: FAMILIES.arabic, src: `${base}arabic.ttf` });
  Font.register({ family: FAMILIES.emoji, src: `${base}emoji.ttf` });
  Font.registerHyphenationCallback(breakPoints);
}

const BREAK_ANYWHERE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const SEGMENTS = new RegExp(`${BREAK_ANYWHERE.source}|(?:(?!${BREAK_ANYWHERE.source}).)+`, "gsu");
const LONGEST_WORD = 30;

/**
 * Where a "word" (a run without spaces) may break. Words are never hyphenated: names, ids and
 * free text stay as typed. Chinese has no spaces, so it may break between any two characters,
 * and so may an overlong run (a URL, a hash, 5,000 typed characters), or it would run off the
 * page. An empty part between two pieces is a break without a hyphen (react-pdf reads it as
 * zero-width glue).
 */
function breakPoints(word: string): string[] {
  if (!BREAK_ANYWHERE.test(word) && word.length <= LONGEST_WORD) return [word];
  const pieces = (word.match(SEGMENTS) ?? [word]).flatMap((piece) =>
    BREAK_ANYWHERE.test(piece) || piece.length > LONGEST_WORD ? Array.from(piece) : [piece],
  );
  return pieces.flatMap((piece, i) => (i === 0 ? [piece] : ["", piece]));
}

const HEBREW = /[\u0590-\u05ff\ufb1d-\ufb4f]/u;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const EMOJI = /\p{Extended_Pictographic}/u;
const HAN = /\p{Script=Han}/u;

/**
 * Registers the fonts and returns the font stack for a document whose free text is `text`:
 * "Sans" first, then only the fallbacks that some character of the text needs. `base` is where
 * the font files are: the app's /fonts/ in the browser, public/fonts/ in unit tests.
 */
export async function prepareFonts(text: string, base = "/fonts/"): Promise<string[]> {
  registerFonts(base);
  await Promise.all([
    Font.load({ fontFamily: "Sans", fontWeight: 400 }),
    Font.load({ fontFamily: "Sans", fontWeight: 700 }),
  ]);
  const sans = Font.getFont({ fontFamily: "Sans", fontWeight: 400 })?.data as
    { hasGlyphForCodePoint(codePoint: number): boolean } | null | undefined;
  const needed = new Set<Fallback>();
  for (const char of new Set(text)) {
    const codePoint = char.codePointAt(0)!;
    if (sans?.hasGlyphForCodePoint(codePoint)) continue;
    if (HAN.test(char)) needed.add("cjk");
    else if (HEBREW.test(char)) needed.add("hebrew");
    else if (ARABIC.test(char)) needed.add("arabic");
    else if (EMOJI.test(char)) needed.add("emoji");
  }
  const order: Fallback[] = ["cjk", "hebrew", "arabic", "emoji"];
  return ["Sans", ...order.filter((f) => needed.has(f)).map((f) => FAMILIES[f])];
}
