import { afterEach, describe, expect, it, vi } from "vitest";

import { facesFor, requestFaces, requestFont } from "./font-requests";
import { fetchFonts } from "./fonts";

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A fetch that answers every font with its name's bytes, or 404 for the names in `missing`. */
function stubFetch(missing = new Set<string>()) {
  const asked: string[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      asked.push(url);
      const name = url.split("/").pop()!;
      return missing.has(name)
        ? new Response("", { status: 404 })
        : new Response(new TextEncoder().encode(name));
    }),
  );
  return asked;
}

describe("the PDF's font requests", () => {
  it("chooses the small Latin faces unless the text has a CJK character", () => {
    expect(facesFor("Commission Check — Ünïcode, Ελληνικά, кириллица")).toEqual({
      regular: "latin-regular.ttf",
      bold: "latin-bold.ttf",
    });
    expect(facesFor("Client: 北京某某有限公司").regular).toBe("sans-regular.ttf");
    expect(facesFor("下载 PDF").bold).toBe("sans-bold.ttf");
  });

  it("fetches a face the button asked for once: the layout's reader takes the same response", async () => {
    const asked = stubFetch();
    requestFaces("An English summary /once/");
    const read = fetchFonts();
    const [regular, bold] = await Promise.all([read("latin-regular.ttf"), read("latin-bold.ttf")]);
    expect(new TextDecoder().decode(regular as ArrayBuffer)).toBe("latin-regular.ttf");
    expect(new TextDecoder().decode(bold as ArrayBuffer)).toBe("latin-bold.ttf");
    expect(asked).toEqual(["/fonts/latin-regular.ttf", "/fonts/latin-bold.ttf"]);
  });

  it("says which file failed, and asks again for it the next time", async () => {
    const asked = stubFetch(new Set(["hebrew.ttf"]));
    await expect(requestFont("hebrew.ttf", "/retry/")).rejects.toThrow("hebrew.ttf: HTTP 404");
    stubFetch();
    await expect(requestFont("hebrew.ttf", "/retry/")).resolves.toBeInstanceOf(ArrayBuffer);
    expect(asked).toEqual(["/retry/hebrew.ttf"]);
  });
});
