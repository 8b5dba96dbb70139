import { describe, expect, it } from "vitest";

import {
  checkEvidenceLimits,
  detectType,
  EVIDENCE_LIMITS,
  isShownAsImage,
  sanitiseFileName,
} from "./evidence";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)));

describe("a file's type comes from its content, never its name", () => {
  it.each([
    ["a PDF", bytes("%PDF-1.7\n…"), "application/pdf"],
    ["a PNG", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), "image/png"],
    ["a JPEG", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), "image/jpeg"],
    ["a GIF", bytes("GIF89a", [1, 0]), "image/gif"],
    ["a WebP", bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "), "image/webp"],
    ["a RIFF that is not WebP (a WAV)", bytes("RIFF", [0, 0, 0, 0], "WAVEfmt "), "application/octet-stream"],
    ["a .docx (ZIP)", bytes([0x50, 0x4b, 0x03, 0x04, 20, 0]), "application/zip"],
    [
      "an old .doc (compound file)",
      bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      "application/x-ole-storage",
    ],
    ["plain text", bytes("Approval no. 2026-118\r\nIssued 3 March\n"), "text/plain"],
    ["Chinese text", bytes("批准文号 2026-118\n"), "text/plain"],
    [
      "an SVG",
      bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      "application/octet-stream",
    ],
    ["HTML after a byte-order mark", bytes([0xef, 0xbb, 0xbf], "  <html><body>"), "application/octet-stream"],
    ["text with a NUL", bytes("abc", [0], "def"), "application/octet-stream"],
    ["invalid UTF-8", bytes([0xc3, 0x28]), "application/octet-stream"],
    ["an executable", bytes("MZ", [0x90, 0, 3, 0]), "application/octet-stream"],
  ] as const)("%s → %s", (_name, content, type) => {
    expect(detectType(content)).toBe(type);
  });

  it("text cut mid-character at the sniff boundary is still text", () => {
    const cut = bytes("批准").slice(0, 4);
    expect(detectType(cut, false)).toBe("text/plain");
    expect(detectType(cut, true)).toBe("application/octet-stream");
  });

  it.each([
    ["image/png", true],
    ["image/webp", true],
    ["application/pdf", false],
    ["text/plain", false],
    ["application/octet-stream", false],
  ] as const)("%s shown as an image: %s", (type, shown) => expect(isShownAsImage(type)).toBe(shown));
});

describe("file names are sanitised", () => {
  it.each([
    ["approval.pdf", "approval.pdf"],
    ["../../etc/passwd", "passwd"],
    ["C:\\Users\\li\\Desktop\\批准函.pdf", "批准函.pdf"],
    ["evil\u202Egpj.exe", "evilgpj.exe"],
    ["line\nbreak\t.pdf", "linebreak.pdf"],
    ['a<b>:c"d|e?f*.txt', "a_b__c_d_e_f_.txt"],
    ["   ..hidden.  ", "hidden"],
    ["", "file"],
    ["...", "file"],
    ["e\u0301tude.pdf", "\u00e9tude.pdf"],
  ])("%j → %j", (name, clean) => expect(sanitiseFileName(name)).toBe(clean));

  it("keeps the extension when it shortens a long name", () => {
    const clean = sanitiseFileName(`${"很".repeat(300)}.pdf`);
    expect([...clean]).toHaveLength(120);
    expect(clean.endsWith(".pdf")).toBe(true);
  });
});

describe("limits", () => {
  const MB = 1024 * 1024;
  it.each<[string, number, number[], string | null]>([
    ["a first file", 5 * MB, [], null],
    ["exactly 25 MB", 25 * MB, [], null],
    ["one byte over 25 MB", 25 * MB + 1, [], "file_too_large"],
    ["an empty file", 0, [], "empty_file"],
    ["the 50th file", 1, Array<number>(49).fill(1), null],
    ["the 51st file", 1, Array<number>(50).fill(1), "too_many_files"],
    ["up to 200 MB in all", 25 * MB, Array<number>(7).fill(25 * MB), null],
    ["past 200 MB in all", 1, Array<number>(8).fill(25 * MB), "assessment_too_large"],
  ])("%s", (_name, size, stored, refusal) => {
    expect(checkEvidenceLimits(size, stored)).toBe(refusal);
  });
  it("are the issue's", () => {
    expect(EVIDENCE_LIMITS).toEqual({
      fileBytes: 25 * 1024 * 1024,
      assessmentBytes: 200 * 1024 * 1024,
      files: 50,
    });
  });
});
