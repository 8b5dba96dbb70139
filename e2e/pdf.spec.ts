// The PDF journey: complete the railway case, download the summary as a PDF, and read the file
// back with poppler (pdftotext, pdfinfo, pdffonts) — the PDF must carry the verdict, every raised
// flag, the fingerprint and free text exactly as typed, with its fonts embedded.
import { execFileSync } from "node:child_process";

import type { Page } from "@playwright/test";

import type { Locale } from "@/lib/base/locale";
import { RAILWAY_FLAGS_BEFORE_SIGNING, railwayBeforeSigning2026_3 } from "@/test/fixtures/risk/railway";

import { driver } from "./checklist-driver";
import { expect, test } from "./fixtures";
import { downloadPdf, squash } from "./pdf-file";

test.describe.configure({ timeout: 180_000 });

const SIGN_OFF = {
  en: {
    decision: "rejected",
    name: "Zhang Min",
    role: "Legal counsel",
    comment: "The end client is a defence agency.",
  },
  zh: {
    decision: "rejected",
    name: "张敏",
    role: "法务负责人",
    comment: "最终用户为境外军方机构，不予承接。",
  },
} as const;

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: "utf8" });

/**
 * The document's text with the running footers (fingerprint, page x of y) taken out and all
 * whitespace removed, so that text wrapped across lines and pages compares as one string.
 */
function bodyText(path: string, footer: RegExp) {
  return poppler("pdftotext", "-enc", "UTF-8", path, "-")
    .split("\n")
    .filter((line) => !footer.test(line))
    .join("")
    .replace(/\s+/gu, "");
}

for (const locale of ["en", "zh"] as const satisfies readonly Locale[]) {
  // English runs under the real Content-Security-Policy (the same on every page: no WebAssembly,
  // no data: fetches); Chinese with it bypassed, so that the egress fixture sees every request
  // the browser would make.
  test.describe(() => {
    test.use({ bypassCSP: locale === "zh" });
    test(`the railway case downloads as a PDF in ${locale}: verdict, every flag, fingerprint, fonts embedded`, async ({
      page,
      egress,
    }) => {
      const d = driver(page, locale);
      await d.fillAll(railwayBeforeSigning2026_3);
      await d.complete();
      const fingerprint = await page.locator("[data-fingerprint]").getAttribute("data-fingerprint");
      expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
      // A reviewer rejects it on the page; the PDF made afterwards carries that sign-off.
      const signOff = SIGN_OFF[locale];
      await d.signOff(signOff);
      const requestsBefore = egress.requests.length;

      const { path, fileName } = await downloadPdf(page, d.ui.pdf.download);
      expect(fileName).toMatch(/^commission-check-China-railway-network-research-\d{4}-\d{2}-\d{2}\.pdf$/);
      // Only the app's own fonts were fetched to make it (the fixture fails on anything else).
      const fetched = egress.requests.slice(requestsBefore);
      expect(fetched.every((r) => r.startsWith("GET ") && !/https?:\/\/(?!localhost)/.test(r))).toBe(true);
      // Only the faces its text needs: an English summary without a Chinese character never
      // fetches the 2.9 MB Noto Sans SC pair, only its Latin part.
      if (locale === "en") {
        expect(fetched.some((r) => r.includes("/fonts/latin-regular.ttf"))).toBe(true);
        expect(fetched.filter((r) => /\/fonts\/(sans|cjk)-/.test(r))).toEqual([]);
      } else expect(fetched.some((r) => r.includes("/fonts/sans-regular.ttf"))).toBe(true);

      const raw = poppler("pdftotext", "-enc", "UTF-8", path, "-");
      const pages = raw.split("\f").filter((p) => p.trim() !== "");
      const text = squash(raw);
      expect(text).toContain(squash(d.text.decision("decline")));
      expect(text).toContain(squash(d.text.level("critical")).toUpperCase());
      expect(text).toContain(squash(d.text.ruleTitle("railway_pattern")));
      for (const slug of RAILWAY_FLAGS_BEFORE_SIGNING)
        expect(text, slug).toContain(squash(d.text.flag(slug).title));
      // The fingerprint is on every page's footer, with "page x of y".
      for (const [i, pageText] of pages.entries()) {
        expect(squash(pageText), `page ${i + 1}`).toContain(fingerprint!);
        expect(squash(pageText)).toContain(
          squash(d.ui.pdf.page.replace("{page}", String(i + 1)).replace("{pages}", String(pages.length))),
        );
        // No list bullet is left at the foot of a page while its text starts the next one.
        const lines = pageText.split("\n").map((line) => line.trim());
        expect(lines, `page ${i + 1} has a bullet without its text`).not.toContain("•");
        expect(lines, `page ${i + 1} has a bullet without its text`).not.toContain("·");
      }
      if (locale === "zh") {
        expect(text).toContain(squash(d.text.flag("end_client_undisclosed").why));
        expect(text).toContain("本工具仅供自查参考，不构成法律意见");
      }
      expect(text).toContain(squash(railwayBeforeSigning2026_3.project_description as string));
      // Sign-off and audit trail, in the words of the summary page.
      for (const typed of [signOff.name, signOff.role, signOff.comment])
        expect(text).toContain(squash(typed));
      expect(text).toContain(
        squash(d.ui.review.actions.signed_off.replace("{detail}", d.ui.history.signOff.rejected)),
      );
      expect(text).toContain(squash(d.ui.review.actions.completed));

      const info = poppler("pdfinfo", path);
      const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      expect(pageCount).toBe(pages.length);
      expect(pageCount).toBeGreaterThanOrEqual(4);
      expect(pageCount).toBeLessThanOrEqual(20);
      const fonts = poppler("pdffonts", path).split("\n").slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      // Columns: name, type, encoding, emb, sub, uni, object, id.
      for (const row of fonts) expect(row, row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
    });
  });
}

// Markup and template syntax must come out as the characters typed, never interpreted. Right-
// to-left runs sit between Latin words: a PDF stores them in visual order, and pdftotext puts
// them back in logical order only run by run.
const HOSTILE_NAME = `<script>alert("x")</script> & <b>Bold</b> 🚄 train שלום and مرحبا 堃喆`;
const HOSTILE_DESCRIPTION = (() => {
  const head =
    `<img src=x onerror=alert(1)> {{constructor.constructor('alert(1)')()}} \${7*7} %PDF-1.7 endobj ) \\ ( ` +
    `Emoji 🚄 then 🔥 then 👍 done; Hebrew עברית טקסט ונתונים then Arabic العربية والبيانات then 中文：铁路信号数据，堃喆淼。 `;
  const filler = "The quick brown fox jumps over the lazy dog; 铁路网络数据采集。 ";
  let text = head;
  while (text.length < 5000) text += filler;
  return text.slice(0, 5000);
})();

/** pdftotext marks right-to-left runs with bidi embedding controls; they are not content. */
const withoutBidiControls = (s: string) => s.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, "");

test("hostile free text (markup, emoji, right-to-left, 5,000 characters) appears in the PDF as typed", async ({
  page,
}) => {
  const { path, fileName, text, fonts } = await printed(page, {
    project_name: HOSTILE_NAME,
    project_description: HOSTILE_DESCRIPTION,
  });
  expect(fileName).toMatch(/^commission-check-[\p{L}\p{N}._-]+-\d{4}-\d{2}-\d{2}\.pdf$/u);
  const info = poppler("pdfinfo", path);
  expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBeGreaterThan(4);
  expect(withoutBidiControls(text)).toContain(squash(HOSTILE_NAME));
  expect(withoutBidiControls(text)).toContain(squash(HOSTILE_DESCRIPTION));
  for (const font of ["NotoSansSC", "NotoEmoji", "NotoSansHebrew", "DejaVuSans"])
    expect(fonts).toContain(font);
});

/** Completes the railway case with `answers` replacing some, downloads the PDF, reads it back. */
async function printed(page: Page, answers: Record<string, string>) {
  const d = driver(page, "en");
  await d.fillAll({ ...railwayBeforeSigning2026_3, ...answers });
  await d.complete();
  const fingerprint = await page.locator("[data-fingerprint]").getAttribute("data-fingerprint");
  const { path, fileName } = await downloadPdf(page, d.ui.pdf.download);
  // The footer line carries the fingerprint (and the running title); "Page x of y" may stand alone.
  const footer = new RegExp(`${fingerprint}|^Page \\d+ of \\d+$`);
  return { path, fileName, text: bodyText(path, footer), fonts: poppler("pdffonts", path) };
}

test("adjacent emoji and emoji sequences (🚄🔥, 👍🏽, 👨‍👩‍👧, 🇨🇳) come out of the PDF as typed", async ({
  page,
}) => {
  const name = "Survey 🚄🔥 team 👍🏽👨‍👩‍👧🇨🇳 ok";
  const description = "Emoji side by side: 🚄🔥🚄🔥 and a family 👨‍👩‍👧 then 🇨🇳 and 1️⃣ end.";
  const { text, fonts } = await printed(page, { project_name: name, project_description: description });
  expect(text).toContain(squash(name));
  expect(text).toContain(squash(description));
  expect(fonts).toContain("NotoEmoji");
});

test("a name with a CJK Extension B character (𠮷) prints with an embedded font and reads back", async ({
  page,
}) => {
  const name = "𠮷野家铁路调查 𠀀𪚥";
  const { text, fonts } = await printed(page, { project_name: name, client_name: "𠮷田商事" });
  expect(text).toContain(squash(name));
  expect(text).toContain("𠮷田商事");
  expect(fonts).toContain("HanaMinB");
  const rows = fonts.split("\n").slice(2).filter(Boolean);
  for (const row of rows) expect(row, row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
});
