// Prepares the PDF fonts in public/fonts/ (run by hand; the output is committed, so neither the
// build nor CI needs the 10 MB sources). Noto fonts: SIL OFL 1.1 (public/fonts/OFL.txt).
//
//   npm i --no-save @expo-google-fonts/noto-sans-sc@0.4.3 @expo-google-fonts/noto-emoji@0.4.7 \
//     @expo-google-fonts/noto-sans-hebrew@0.4.1     # and apt-get install fonts-dejavu-core
//   node scripts/fonts.mjs              # everything
//   node scripts/fonts.mjs cjk-ext      # only the Extension B files (apt-get install fonts-hanazono)
//   node scripts/fonts.mjs latin        # only latin-regular/bold, cut from sans-regular/bold
//
// Why subsets: react-pdf parses the whole TTF before it can lay out a page, so the size of the
// font it fetches, not of the PDF (which embeds only the glyphs used), sets the generation time.
// - sans-regular: Latin, punctuation and symbols, every GB2312 character, every character of the
//   app's own texts. Loaded for every PDF.
// - latin-regular, latin-bold: every character of sans-regular / sans-bold that is not CJK (the
//   test is lib/pdf/layout/font-files.json's "cjk" pattern), without the glyphs only reachable
//   through OpenType substitutions (the PDF layout sets Latin glyph by glyph). A document with no
//   CJK character (an English summary) fetches these two small files instead of the 2.9 MB pair.
// - sans-bold: Latin and the app's own texts only (headings are the app's texts; a character
//   it lacks, e.g. in a project name, falls back to the regular font).
// - cjk-rest: every other character of Noto Sans SC, for names and free text outside GB2312.
//   Loaded only when the document contains such a character (lib/pdf/fonts.ts decides).
// - Emoji, Hebrew: the Noto fonts as published; Arabic: the Arabic blocks of DejaVu Sans (Debian
//   fonts-dejavu-core; Bitstream Vera licence, free to embed and redistribute). Noto Sans Arabic
//   draws letters as a dotless base plus dots, so several letters share one glyph and a PDF
//   reader maps them all back to one letter: copied text came out wrong. DejaVu has a glyph per
//   letter form. All three are loaded only when the text needs them.
// - cjk-ext-2X.ttf: CJK Extension B (U+20000–U+2A6DF, e.g. 𠮷) and the compatibility supplement
//   (U+2F800–U+2FA1F), which Noto Sans SC lacks, from HanaMinB of Debian's fonts-hanazono
//   (GlyphWiki project; Hanazono Font License or SIL OFL 1.1, both allow embedding). One file
//   per 4,096 code points (about 2 MB each): a PDF fetches only the files its text needs
//   (lib/pdf/layout/fonts.ts names the file from the code point).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import * as fontkit from "fontkit";
import subsetFont from "subset-font";

const SOURCES = "node_modules/@expo-google-fonts";
const OUT = "public/fonts";

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

/** Every character of the GB2312 character set (rows 1–9 symbols, 16–87 hanzi). */
function gb2312() {
  const decoder = new TextDecoder("gb18030", { fatal: true });
  const chars = [];
  for (let row = 0xa1; row <= 0xf7; row++) {
    if (row > 0xa9 && row < 0xb0) continue;
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      try {
        chars.push(decoder.decode(new Uint8Array([row, cell])));
      } catch {
        // unassigned cell
      }
    }
  }
  return chars.filter((c) => c !== "\uFFFD" && [...c].length === 1);
}

function appTextChars() {
  const files = ["messages/en.json", "messages/zh.json"];
  for (const version of readdirSync("lib/checklist", { withFileTypes: true })) {
    if (version.isDirectory() && /^\d{4}\.\d+$/.test(version.name))
      for (const name of readdirSync(join("lib/checklist", version.name, "messages")))
        if (name.endsWith(".json")) files.push(join("lib/checklist", version.name, "messages", name));
  }
  return files.flatMap((file) => [...readFileSync(file, "utf8")]);
}

const latin = [
  ...range(0x20, 0x7e),
  ...range(0xa0, 0x17f),
  ...range(0x2010, 0x205e),
  ...range(0x2190, 0x21ff),
  ...range(0x2200, 0x22ff),
  ...range(0x2460, 0x24ff),
  ...range(0x25a0, 0x25ff),
  ...range(0x2600, 0x26ff),
  ...range(0x2700, 0x27bf),
  ...range(0x3000, 0x303f),
  ...range(0xff00, 0xffef),
  "€",
  "№",
  "™",
];

async function subset(source, target, chars, options = {}) {
  const input = readFileSync(source);
  const output = await subsetFont(input, [...new Set(chars)].join(""), {
    targetFormat: "truetype",
    ...options,
  });
  writeFileSync(join(OUT, target), output);
  console.log(`${target}: ${(output.length / 1024).toFixed(0)} KB`);
  return output;
}

mkdirSync(OUT, { recursive: true });

/** Extension B in files of 4,096 code points, named by the code point's top bits (see above). */
async function cjkExtension() {
  const source = "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf";
  for (let block = 0x20; block <= 0x2f; block++) {
    const from = block * 0x1000;
    const chars = [...range(from, Math.min(from + 0xfff, 0x2a6df)), ...range(0x2f800, 0x2fa1f)].filter(
      (c) => Math.floor(c.codePointAt(0) / 0x1000) === block,
    );
    if (chars.length) await subset(source, `cjk-ext-${block.toString(16)}.ttf`, chars);
  }
  copyFileSync("/usr/share/doc/fonts-hanazono/copyright", join(OUT, "Hanazono-LICENSE.txt"));
}
if (process.argv[2] === "cjk-ext") {
  await cjkExtension();
  process.exit(0);
}

/** The non-CJK part of sans-regular and sans-bold (see above). */
async function latinFaces() {
  const cjk = new RegExp(JSON.parse(readFileSync("lib/pdf/layout/font-files.json", "utf8")).cjk, "u");
  for (const [source, target] of [
    ["sans-regular.ttf", "latin-regular.ttf"],
    ["sans-bold.ttf", "latin-bold.ttf"],
  ]) {
    const chars = fontkit
      .create(readFileSync(join(OUT, source)))
      .characterSet.map((cp) => String.fromCodePoint(cp))
      .filter((c) => !cjk.test(c));
    await subset(join(OUT, source), target, chars, { noLayoutClosure: true });
  }
}
if (process.argv[2] === "latin") {
  await latinFaces();
  process.exit(0);
}

const sc = (weight) => join(SOURCES, "noto-sans-sc", weight, `NotoSansSC_${weight}.ttf`);
const app = appTextChars();
const gb = gb2312();
const regularChars = [...new Set([...latin, ...gb, ...app])];
await subset(sc("400Regular"), "sans-regular.ttf", regularChars);
await subset(sc("700Bold"), "sans-bold.ttf", [...latin, ...app]);
await latinFaces();

const regular = new Set(regularChars.map((c) => c.codePointAt(0)));
const rest = [
  ...range(0x3400, 0x4dbf),
  ...range(0x4e00, 0x9fff),
  ...range(0xf900, 0xfaff),
  ...range(0x20000, 0x2fa1f),
];
await subset(
  sc("400Regular"),
  "cjk-rest.ttf",
  rest.filter((c) => !regular.has(c.codePointAt(0))),
);

for (const [pkg, file, target] of [
  ["noto-emoji", "400Regular/NotoEmoji_400Regular.ttf", "emoji.ttf"],
  ["noto-sans-hebrew", "400Regular/NotoSansHebrew_400Regular.ttf", "hebrew.ttf"],
]) {
  copyFileSync(join(SOURCES, pkg, file), join(OUT, target));
  console.log(`${target}: copied`);
}
await subset("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "arabic.ttf", [
  ...range(0x0600, 0x06ff),
  ...range(0x0750, 0x077f),
  ...range(0xfb50, 0xfdff),
  ...range(0xfe70, 0xfeff),
  ...range(0x20, 0x40),
]);
await cjkExtension();
copyFileSync(join(SOURCES, "noto-sans-sc", "LICENSE_FONT"), join(OUT, "OFL.txt"));
copyFileSync("/usr/share/doc/fonts-dejavu-core/copyright", join(OUT, "DejaVu-LICENSE.txt"));
