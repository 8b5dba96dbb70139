// Renders the letter PDF in Node (pdfkit, fonts read from public/fonts/) and reads it back with
// pdftotext and pdffonts.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { getChecklist } from "@/lib/checklist/registry";

import { composeLetter } from "./letter";
import { letterParagraphs, makeLetterPdf } from "./letter-pdf";

const answers = {
  your_company: "海通测绘有限公司",
  client_name: "Northwind Data GmbH",
  project_name: "Port traffic study",
  end_client_disclosure: "unknown",
  data_destination: "unknown",
};

async function pdfText(text: string, title: string, locale: "en" | "zh") {
  const blob = await makeLetterPdf({
    text,
    title,
    locale,
    readFont: (file) => readFile(join(process.cwd(), "public/fonts", file)),
  });
  const path = join(mkdtempSync(join(tmpdir(), "cc-letter-")), "letter.pdf");
  writeFileSync(path, Buffer.from(await blob.arrayBuffer()));
  return {
    text: execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], { encoding: "utf8" }),
    fonts: execFileSync("pdffonts", [path], { encoding: "utf8" }),
  };
}

describe("the letter as a PDF", () => {
  it("holds the letter's text as edited, in Chinese, with its fonts embedded", async () => {
    const letter = composeLetter({
      checklist: getChecklist("2026.2"),
      answers,
      locale: "zh",
      date: "2026-12-01",
    });
    const edited = letter.text.replace("感谢贵方的配合！", "感谢贵方的配合！请于十二月十日前答复。");
    const { text, fonts } = await pdfText(edited, letter.subject, "zh");
    const flat = text.replace(/\s+/g, "");
    expect(flat).toContain("请以书面形式告知本项目成果的最终使用方");
    expect(flat).toContain("请准确告知贵方预计在中国境外收到哪些内容");
    expect(flat).toContain("请于十二月十日前答复");
    expect(flat).toContain("海通测绘有限公司");
    // Every font is embedded (the "emb" column of pdffonts says yes).
    const rows = fonts.split("\n").slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
  }, 60_000);

  it("splits the text into paragraphs at blank lines and keeps line breaks within them", () => {
    expect(letterParagraphs("A\nB\n\n\nC\r\n\r\nD \n")).toEqual([["A", "B"], ["C"], ["D"]]);
    expect(letterParagraphs("\n\n")).toEqual([]);
  });
});
