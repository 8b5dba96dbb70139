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
const RTL = /[\p{Script=Hebrew}\p{Script=Arabic}]/u;
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

  private words(text: Inline, style: Style): Word[] {
    const parts = spans(text).map((s) => ({
      ...s,
      text: s.text.replace(/\r\n?/g, "\n").replace(/\t/g, " ").replace(CONTROLS, ""),
    }));
    const full = parts.map((p) => p.text).join("");
    if (!full) return [];
    // Which span each UTF-16 index belongs to.
    const spanAt: number[] = [];
    parts.forEach((p, i) => {
      for (let k = 0; k < p.text.length; k++) spanAt.push(i);
    });
    const clusters = [...graphemes.segment(full)];
    const boundaries = new Set(clusters.map((c) => c.index));
    boundaries.add(full.length);

    const words: Word[] = [];
    const breaker = new LineBreaker(full);
    let start = 0;
    let cluster = 0;
    for (let brk = breaker.nextBreak(); brk; brk = breaker.nextBreak()) {
      if (!boundaries.has(brk.position)) continue;
      const pieces: Piece[] = [];
      while (cluster < clusters.length && clusters[cluster]!.index < brk.position) {
        const { segment, index } = clusters[cluster++]!;
        if (segment === "\n") continue;
        const span = parts[spanAt[index]!]!;
        const bold = span.bold ?? style.bold;
        const space = segment === " " || segment === "\u00a0" || segment === "\u3000";
        const font = this.fontSet.fontFor(segment, bold);
        const color = span.badge ? "#ffffff" : (span.color ?? style.color);
        const last = pieces.at(-1);
        if (
          last &&
          last.font === font &&
          last.color === color &&
          last.badge === span.badge &&
          last.space === space
        )
          last.text += segment;
        else
          pieces.push({ text: segment, font, size: style.size, color, badge: span.badge, width: 0, space });
      }
      for (const piece of pieces) piece.width = this.width(piece);
      const inked = pieces.reduce((w, p, i) => (pieces.slice(i).every((q) => q.space) ? w : w + p.width), 0);
      const letters = full.slice(start, brk.position);
      words.push({
        pieces,
        width: pieces.reduce((w, p) => w + p.width, 0),
        inked,
        dir: RTL.test(letters) && !LTR.test(letters) ? "rtl" : LTR.test(letters) ? "ltr" : "neutral",
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
