import { inflateSync } from "node:zlib";

import { describe, expect, it } from "vitest";

import { bytesOf, deflate } from "./streams";

describe("how the PDF's objects become bytes", () => {
  it("keeps writes in order, text one byte per character, bytes as given", () => {
    const bytes = bytesOf(["BT", "\n", Uint8Array.of(1, 2, 255), "<00ff> Tj\n", "\u00e9\u00ff\n"]);
    expect([...bytes]).toEqual([
      ..."BT\n".split("").map((c) => c.charCodeAt(0)),
      1,
      2,
      255,
      ..."<00ff> Tj\n".split("").map((c) => c.charCodeAt(0)),
      0xe9,
      0xff,
      10,
    ]);
  });

  it("deflates to a zlib stream that inflates back to the same bytes (what FlateDecode reads)", async () => {
    const page = bytesOf(
      Array.from({ length: 5000 }, (_, i) => `${i} 0 0 1 42 ${i % 800} Tm <0041004200${i % 10}3> Tj\n`),
    );
    const packed = await deflate(page);
    expect(packed.length).toBeLessThan(page.length / 4);
    expect(packed[0]).toBe(0x78); // zlib's header, not raw deflate or gzip
    expect(new Uint8Array(inflateSync(packed))).toEqual(page);
  });
});
