// The PDF's fonts: files under the app's own /fonts/ (made by scripts/fonts.mjs), fetched only
// when a document needs them and parsed once per page load. Every character is drawn with the
// first font of the stack that has a glyph for it, decided per grapheme (user-perceived
// character), so an emoji ZWJ sequence or a letter with its combining marks is never split
// across two fonts.
import { create, type Font } from "fontkit";

import { type Faces, facesFor, FONT_BASE, requestFont } from "./font-requests";

/** Reads a font file by name ("sans-regular.ttf"). The browser fetches it from the app. */
export type FontReader = (file: string) => Promise<ArrayBuffer | Uint8Array>;

/** The browser's reader: the app's /fonts/, each file fetched once per page (./font-requests.ts). */
export const fetchFonts =
  (base = FONT_BASE): FontReader =>
  (file) =>
    requestFont(file, base);

/** Font keys in fallback order after the document's own font. */
export type FontKey = "regular" | "bold" | "cjk" | "hebrew" | "arabic" | "emoji" | "marker" | `ext-${string}`;

const FILES: Record<string, string> = {
  cjk: "cjk-rest.ttf",
  hebrew: "hebrew.ttf",
  arabic: "arabic.ttf",
  emoji: "emoji.ttf",
};

/** Extension B (and the compatibility supplement) come in files of 4,096 code points. */
const EXT_BLOCKS = new Set([0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2f]);

const fileOf = (key: FontKey, faces: Faces) =>
  key === "regular" || key === "marker"
    ? faces.regular
    : key === "bold"
      ? faces.bold
      : (FILES[key] ?? `cjk-${key}.ttf`);

const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u;
const HEBREW = /\p{Script=Hebrew}/u;
const ARABIC = /\p{Script=Arabic}/u;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200d\ufe0f\u20e3]/u;

/** Which fallback file would have a glyph the regular font lacks (decided without loading it). */
function fallbackFor(char: string): FontKey | null {
  const cp = char.codePointAt(0)!;
  const block = cp >> 12;
  if (EXT_BLOCKS.has(block)) return `ext-${block.toString(16)}`;
  if (HAN.test(char)) return "cjk";
  if (HEBREW.test(char)) return "hebrew";
  if (ARABIC.test(char)) return "arabic";
  if (EMOJI.test(char)) return "emoji";
  return null;
}

const files = new Map<string, Promise<Uint8Array>>();
const parsed = new Map<string, Promise<Font>>();

/** Cached per reader: each file is read once, each font parsed once. */
function load(read: FontReader, cacheKey: string, key: FontKey, faces: Faces): Promise<Font> {
  const file = fileOf(key, faces);
  const id = `${cacheKey}|${key}|${file}`;
  let font = parsed.get(id);
  if (!font) {
    const fileId = `${cacheKey}|${file}`;
    let bytes = files.get(fileId);
    if (!bytes) {
      bytes = read(file).then((data) => (data instanceof Uint8Array ? data : new Uint8Array(data)));
      files.set(fileId, bytes);
    }
    font = bytes.then((data) => create(data as Buffer) as Font);
    font.catch(() => {
      parsed.delete(id);
      files.delete(fileId);
    });
    parsed.set(id, font);
  }
  return font;
}

export interface FontSet {
  fonts: Map<FontKey, Font>;
  /** Laid-out words by text and style (lines.ts), reused by the next document with these fonts. */
  words: Map<string, unknown>;
  /** The font to draw a grapheme with, in a bold or regular context. */
  fontFor(grapheme: string, bold: boolean): FontKey;
}

/** Characters that never decide the font: joiners and variation selectors ride along. */
const IGNORABLE = /[\u200c\u200d\ufe00-\ufe0f\u{e0020}-\u{e007f}]/u;
const SEQUENCE = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;

/**
 * Loads the regular and bold fonts and every fallback some character of `text` needs, and
 * returns the per-grapheme font choice. `cacheKey` separates readers (tests, the browser).
 */
export async function loadFonts(text: string, read: FontReader, cacheKey = "default"): Promise<FontSet> {
  // "marker": a second copy of the regular font for list markers. Noto Sans SC draws "•" and
  // "·" with one glyph, and a PDF font maps each glyph back to one character, so each of the two
  // needs a font of its own to copy out as typed.
  const faces = facesFor(text);
  const [regular, bold, marker] = await Promise.all(
    (["regular", "bold", "marker"] as const).map((key) => load(read, cacheKey, key, faces)),
  );
  const needed = new Set<FontKey>();
  for (const char of new Set(text)) {
    if (regular!.hasGlyphForCodePoint(char.codePointAt(0)!) && !EMOJI.test(char)) continue;
    const key = fallbackFor(char);
    if (key) needed.add(key);
  }
  const id = `${cacheKey}|${faces.regular}|${[...needed].sort().join(",")}`;
  const known = fontSets.get(id);
  if (known) return known;
  const fonts = new Map<FontKey, Font>([
    ["regular", regular!],
    ["bold", bold!],
    ["marker", marker!],
  ]);
  const extra = [...needed];
  const loaded = await Promise.all(extra.map((key) => load(read, cacheKey, key, faces)));
  extra.forEach((key, i) => fonts.set(key, loaded[i]!));
  const order: FontKey[] = [
    "regular",
    "cjk",
    ...extra.filter((k) => k.startsWith("ext-")),
    "hebrew",
    "arabic",
  ];
  const stack = order.filter((k) => fonts.has(k));
  const emoji = fonts.get("emoji");
  const memo = new Map<string, FontKey>();

  const has = (font: Font, grapheme: string) => {
    for (const char of grapheme)
      if (!IGNORABLE.test(char) && !font.hasGlyphForCodePoint(char.codePointAt(0)!)) return false;
    return true;
  };

  function fontFor(grapheme: string, isBold: boolean): FontKey {
    const id = (isBold ? "b" : "r") + grapheme;
    const known = memo.get(id);
    if (known) return known;
    let key: FontKey | undefined;
    // An emoji sequence (with a skin tone, a ZWJ, a keycap, a flag) goes to the emoji font
    // whole, even when its first character alone is in the text font (e.g. "1️⃣", "❤️").
    const emojiLike = emoji && SEQUENCE.test(grapheme) && (grapheme.length > 2 || !has(regular!, grapheme));
    if (emojiLike && has(emoji, grapheme)) key = "emoji";
    else if (isBold && has(bold!, grapheme)) key = "bold";
    else
      key =
        stack.find((k) => has(fonts.get(k)!, grapheme)) ??
        (emoji && has(emoji, grapheme) ? "emoji" : undefined);
    // No font has it: the regular font's empty box, with the text kept for copying (./render.ts).
    key ??= isBold ? "bold" : "regular";
    memo.set(id, key);
    return key;
  }

  const set: FontSet = { fonts, words: new Map(), fontFor };
  fontSets.set(id, set);
  return set;
}

const fontSets = new Map<string, FontSet>();

/** Dots that fonts often draw with one glyph (Noto Sans SC: "·", "•" and "‧"). */
const DOTS = [0xb7, 0x2022, 0x2027, 0x2219, 0x22c5, 0x30fb, 0xff65];
const shared = new WeakMap<Font, Map<number, number>>();

/**
 * The code points whose glyph the font also draws for another code point, with that glyph's id.
 * fontkit remembers one code point per glyph, the first it met, so the renderer names the right
 * one itself.
 */
export function sharedGlyphs(font: Font): Map<number, number> {
  let map = shared.get(font);
  if (!map) {
    const ids = DOTS.map((cp) => (font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp).id : -1));
    map = new Map(
      DOTS.flatMap((cp, i) =>
        ids[i]! >= 0 && ids.filter((id) => id === ids[i]).length > 1 ? [[cp, ids[i]!] as const] : [],
      ),
    );
    shared.set(font, map);
  }
  return map;
}
