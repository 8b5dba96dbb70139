import "fake-indexeddb/auto";

import { afterEach, describe, expect, it, vi } from "vitest";

import { ftmFile, makeParties } from "@/bench/screening-data";

import { importList } from "./jobs";
import { ListFileError } from "./formats";
import { estimateListBytes, SAMPLE_BYTES } from "./space";

const file = (text: string, name: string) => new File([text], name);

function simpleCsv(rows: number): string {
  const lines = Array.from({ length: rows }, (_, i) => `"Harbour Light Consulting ${i}",HLC ${i},,GB,,,,`);
  return `name,aliases,chinese_name,country,list,programme,listed_on,source_url\n${lines.join("\n")}\n`;
}

afterEach(() => vi.unstubAllGlobals());

describe("the space a list needs, estimated before it is parsed", () => {
  it("scales a sample of the file: short CSV names take more than the file, padded FtM less", async () => {
    const csv = simpleCsv(20_000);
    expect(csv.length).toBeGreaterThan(SAMPLE_BYTES);
    const csvBytes = await estimateListBytes([file(csv, "l.csv")], "simple_csv");
    expect(csvBytes / csv.length).toBeGreaterThan(3);
    const ftm = ftmFile(makeParties(2_000), 4_000_000);
    const ftmBytes = await estimateListBytes([file(ftm, "e.ftm.json")], "opensanctions_ftm");
    expect(ftmBytes / ftm.length).toBeLessThan(csvBytes / csv.length);
  });

  it("refuses a list that will not fit at once, before the files are read whole", async () => {
    vi.stubGlobal("navigator", {
      storage: { estimate: () => Promise.resolve({ quota: 2_000_000, usage: 500_000 }) },
    });
    const list = file(simpleCsv(20_000), "big.csv");
    const readWhole = vi.spyOn(list, "arrayBuffer");
    const progress = vi.fn();
    const refused = await importList(
      { files: [list], format: "simple_csv", name: "Big", scope: "foreign", asOf: "2026-12-01" },
      progress,
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ListFileError);
    expect(refused).toMatchObject({ code: "quota", detail: expect.stringMatching(/^[\d,]+ MB > 2 MB$/) });
    expect(readWhole).not.toHaveBeenCalled();
    expect(progress).not.toHaveBeenCalled();
  });

  it("loads a list that fits", async () => {
    vi.stubGlobal("navigator", { storage: { estimate: () => Promise.resolve({ quota: 1e9, usage: 0 }) } });
    const stored = await importList(
      {
        files: [file(simpleCsv(10), "small.csv")],
        format: "simple_csv",
        name: "Small",
        scope: "foreign",
        asOf: "2026-12-01",
      },
      () => {},
    );
    expect(stored.entityCount).toBe(10);
  });
});
