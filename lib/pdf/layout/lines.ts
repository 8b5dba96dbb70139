// Line breaking: rich text to lines of measured pieces. Lines break where Unicode's line
// breaking rules allow (UAX #14, via `linebreak`: after spaces, between Chinese characters, never
// before "，。）" or after "（"), never inside a grapheme (an emoji sequence, a letter and its
// marks), and inside a word only when the word alone is wider than the line (a URL, a hash).
import LineBreaker from "linebreak";

import type { Inline, Span } from "./document";
import type { FontKey, FontSet } from "./fonts";

export interface Style {
  size: number;
  bold: boolean;
  color: string;
}

/** Text in one font and style, measured. */
export interface Piece {
  text: string;
  font: FontKey;
  size: number;
  color: string;
  badge?: string;
  width: number;
  /** Only spaces: dropped at the end of a line. */
  space: boolean;
}

/** Pieces between two break opportunities. */
interface Word {
  pieces: Piece[];
  width: number;
  /** Width without its trailing spaces. */
  inked: number;
  dir: "ltr" | "rtl" | "neutral";
  breakAfter: boolean;
}

export interface Line {
  words: Word[];
  width: number;
}

export type Measure = (font: FontKey, text: string, size: number) => number;

/** Padding on each side of a badge's text. */
export const BADGE_PAD = 4;

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
const LETTER = /\p{L}/u;
/** Text where a grapheme may span several UTF-16 units. */
const COMPLEX = /[\p{M}\u200c\u200d\ufe00-\ufe0f\u{10000}-\u{10ffff}\u1100-\u11ff\u20e3\r]/u;
const LTR = /(?![\p{Script=Hebrew}\p{Script=Arabic}])\p{L}/u;

export function spans(text: Inline): Span[] {
  const list =
    typeof text === "string" ? [text] : "text" in text ? [text as Span] : (text as (string | Span)[]);
  return list.map((s) => (typeof s === "string" ? { text: s } : s)).filter((s) => s.text !== "");
}

/** Every character the inline text draws (to choose the fonts before laying out). */
export const plain = (text: Inline) =>
  spans(text)
    .map((s) => s.text)
    .join("");

export class LineSetter {
  constructor(
    private readonly fontSet: FontSet,
    private readonly measure: Measure,
  ) {}

  /** Breaks `text` into lines no wider than `width`. */
  lines(text: Inline, style: Style, width: number): Line[] {
    const words = this.words(text, style);
    const lines: Line[] = [];
    let line: Line = { words: [], width: 0 };
    const push = () => {
      lines.push(line);
      line = { words: [], width: 0 };
    };
    for (const word of words) {
      if (line.words.length > 0 && line.width + word.inked > width) push();
      if (word.inked > width) {
        for (const part of this.split(word, width - line.width, width)) {
          if (line.words.length > 0 && line.width + part.inked > width) push();
          line.words.push(part);
          line.width += part.width;
        }
      } else {
        line.words.push(word);
        line.width += word.width;
      }
      if (word.breakAfter) push();
    }
    if (line.words.length > 0 || lines.length === 0) push();
    for (const l of lines) l.width = inkedWidth(l);
    return lines;
  }

  /** Words are the same for the same text and style in every document: kept per font set. */
  private words(text: Inline, style: Style): Word[] {
    const key = `${style.size}|${style.bold ? 1 : 0}|${style.color}|${typeof text === "string" ? text : JSON.stringify(text)}`;
    let words = this.fontSet.words.get(key) as Word[] | undefined;
    if (!words) {
      words = this.wordsOf(text, style);
      this.fontSet.words.set(key, words);
    }
    return words;
  }

  private wordsOf(text: Inline, style: Style): Word[] {
    const parts = spans(text).map((s) => ({
      ...s,
      text: s.text.replace(/\r\n?/g, "\n").replace(/\t/g, " ").replace(CONTROLS, ""),
    }));
    const full = parts.map((p) => p.text).join("");
    if (!full) return [];
    // Where each span ends (UTF-16 index).
    const ends: number[] = [];
    parts.reduce((at, p) => (ends.push(at + p.text.length), at + p.text.length), 0);
    // Grapheme starts; text without marks, joiners, surrogates or jamo has one per UTF-16 unit.
    let starts: number[] | null = null;
    if (COMPLEX.test(full)) starts = Array.from(graphemes.segment(full), (c) => c.index);
    const boundaries = starts ? new Set([...starts, full.length]) : null;

    const words: Word[] = [];
    const breaker = new LineBreaker(full);
    let start = 0;
    let g = 0;
    let span = 0;
    for (let brk = breaker.nextBreak(); brk; brk = breaker.nextBreak()) {
      if (boundaries && !boundaries.has(brk.position)) continue;
      const pieces: Piece[] = [];
      let at = start;
      while (at < brk.position) {
        const next = starts ? (starts[++g] ?? full.length) : at + 1;
        const segment = full.slice(at, next);
        while (ends[span]! <= at) span++;
        const part = parts[span]!;
        at = next;
        if (segment === "\n") continue;
        const bold = part.bold ?? style.bold;
        const space = segment === " " || segment === "\u00a0" || segment === "\u3000";
        const font = this.fontSet.fontFor(segment, bold);
        const color = part.badge ? "#ffffff" : (part.color ?? style.color);
        const last = pieces.at(-1);
        if (
          last &&
          last.font === font &&
          last.color === color &&
          last.badge === part.badge &&
          last.space === space
        )
          last.text += segment;
        else
          pieces.push({ text: segment, font, size: style.size, color, badge: part.badge, width: 0, space });
      }
      let width = 0;
      let inked = 0;
      for (const piece of pieces) {
        piece.width = this.width(piece);
        width += piece.width;
        if (!piece.space) inked = width;
      }
      const letters = full.slice(start, brk.position);
      const rtl = RTL.test(letters);
      words.push({
        pieces,
        width,
        inked,
        dir: rtl && !LTR.test(letters) ? "rtl" : rtl || LETTER.test(letters) ? "ltr" : "neutral",
        breakAfter: brk.required && /[\n\u2028\u2029]$/u.test(letters),
      });
      start = brk.position;
    }
    return words;
  }

  private width(piece: Piece) {
    return this.measure(piece.font, piece.text, piece.size) + (piece.badge ? 2 * BADGE_PAD : 0);
  }

  /** An overlong word in parts: the first fits `first`, the others `width`, split by grapheme. */
  private split(word: Word, first: number, width: number): Word[] {
    const out: Word[] = [];
    let room = first > 0 ? first : width;
    let current: Piece[] = [];
    let used = 0;
    const flush = () => {
      if (current.length === 0) return;
      const inked = current.reduce((w, p) => w + (p.space ? 0 : p.width), 0);
      out.push({ pieces: current, width: used, inked, dir: word.dir, breakAfter: false });
      current = [];
      used = 0;
      room = width;
    };
    for (const piece of word.pieces) {
      for (const { segment } of graphemes.segment(piece.text)) {
        const part = { ...piece, text: segment };
        part.width = this.width(part);
        if (used + part.width > room && current.length > 0) flush();
        const last = current.at(-1);
        if (last && last.font === part.font && last.color === part.color && last.badge === part.badge) {
          last.text += segment;
          last.width += part.width;
        } else current.push(part);
        used += part.width;
      }
    }
    flush();
    if (out.length > 0) out.at(-1)!.breakAfter = word.breakAfter;
    return out;
  }
}

function inkedWidth(line: Line) {
  let width = 0;
  let trailing = 0;
  for (const word of line.words)
    for (const piece of word.pieces) {
      if (piece.space) trailing += piece.width;
      else {
        width += trailing + piece.width;
        trailing = 0;
      }
    }
  return width;
}

/**
 * The line's pieces left to right as drawn: a run of right-to-left words (Hebrew, Arabic, and
 * the spaces and punctuation between them) is reversed, and so are the pieces of each such word
 * (each keeps its space after it); the font shapes and reverses the letters inside a piece.
 * Trailing spaces are dropped.
 */
export function visualPieces(line: Line): Piece[] {
  const words = line.words;
  const order: Word[] = [];
  let i = 0;
  while (i < words.length) {
    if (words[i]!.dir !== "rtl") {
      order.push(words[i++]!);
      continue;
    }
    let end = i;
    for (let k = i; k < words.length && words[k]!.dir !== "ltr"; k++) if (words[k]!.dir === "rtl") end = k;
    const run = words.slice(i, end + 1).reverse();
    for (const word of run)
      order.push({
        ...word,
        pieces: [...word.pieces.filter((p) => !p.space).reverse(), ...word.pieces.filter((p) => p.space)],
      });
    i = end + 1;
  }
  const pieces = order.flatMap((w) => w.pieces);
  while (pieces.length > 0 && pieces.at(-1)!.space) pieces.pop();
  return pieces;
}
