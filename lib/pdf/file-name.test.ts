import { describe, expect, it } from "vitest";

import { fileNamePart, summaryPdfFileName } from "./file-name";

const SAFE = /^[\p{L}\p{M}\p{N}._-]+$/u;

describe("summaryPdfFileName", () => {
  it("names the project and the date", () => {
    expect(summaryPdfFileName("Rail survey", "2026-03-01")).toBe(
      "commission-check-Rail-survey-2026-03-01.pdf",
    );
  });

  it("keeps Chinese project names readable", () => {
    expect(summaryPdfFileName("铁路信号测试", "2026-03-01")).toBe(
      "commission-check-铁路信号测试-2026-03-01.pdf",
    );
  });

  it("turns slashes, backslashes and colons into hyphens, so the name cannot leave its folder", () => {
    expect(summaryPdfFileName("../../etc/passwd", "2026-03-01")).toBe(
      "commission-check-etc-passwd-2026-03-01.pdf",
    );
    expect(fileNamePart('C:\\a:b*c?"d<e>f|g')).toBe("C-a-b-c-d-e-f-g");
  });

  it("drops control characters and emoji", () => {
    expect(fileNamePart("a\u0000b\nc\td\u007f🚄e")).toBe("a-b-c-d-e");
  });

  it("shortens very long names and keeps the whole file name well under 255 bytes", () => {
    const name = summaryPdfFileName("长".repeat(5000), "2026-03-01");
    expect(new TextEncoder().encode(name).length).toBeLessThan(255);
    expect(name).toMatch(/^commission-check-长+-2026-03-01\.pdf$/);
  });

  it("falls back to a word when nothing usable is left", () => {
    expect(summaryPdfFileName("", "2026-03-01")).toBe("commission-check-assessment-2026-03-01.pdf");
    expect(summaryPdfFileName("///:::", "2026-03-01")).toBe("commission-check-assessment-2026-03-01.pdf");
    expect(summaryPdfFileName(undefined, "2026-03-01")).toBe("commission-check-assessment-2026-03-01.pdf");
    expect(summaryPdfFileName(" . ", "2026-03-01")).toBe("commission-check-assessment-2026-03-01.pdf");
  });

  it("never starts with a dot and never contains a Windows-reserved character", () => {
    for (const raw of [".hidden", "..", "a. ", "<script>alert(1)</script>", "שלום עולם", "مرحبا"]) {
      const part = fileNamePart(raw);
      expect(part).toMatch(SAFE);
      expect(part.startsWith(".")).toBe(false);
    }
  });

  it("does not trust a malformed date", () => {
    expect(summaryPdfFileName("x", "2026/03/01")).toBe("commission-check-x-undated.pdf");
  });
});
