import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { ListFileError, parseListFiles } from "./formats";
import { templateCsv } from "./template";

const fixture = (name: string) => ({
  name,
  text: readFileSync(new URL(`../../test/fixtures/screening/${name}`, import.meta.url), "utf8"),
});

function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ListFileError) return { code: error.code, line: error.line, detail: error.detail };
    throw error;
  }
  throw new Error("the file was accepted");
}

describe("the simple CSV", () => {
  it("reads names, aliases, the Chinese name and the listing facts", () => {
    const entries = parseListFiles("simple_csv", [fixture("sample-list.csv")]);
    expect(entries).toHaveLength(4);
    expect(entries[1]).toMatchObject({
      names: ["Harbour Light Consulting LLC", "Pemberton Harbour Services", "HLC Advisory"],
      countries: ["SG"],
      list: "Sample restricted list",
      listedOn: "2025-11-20",
    });
    expect(entries[2]!.chineseName).toBe("北京星海测绘科技有限公司");
    expect(entries[3]!.names).toEqual(["Kestrel Maritime International, Inc."]);
  });

  it("accepts the Chinese header of the Chinese template", () => {
    const text =
      "名称,别名,中文名称,国家或地区,名单,项目,列入日期,来源网址\n,,星海测绘,CN,不可靠实体清单,,2026-01-02,\n";
    expect(parseListFiles("simple_csv", [{ name: "zh.csv", text }])).toEqual([
      expect.objectContaining({ names: [], chineseName: "星海测绘", list: "不可靠实体清单" }),
    ]);
  });

  it.each([
    ["a bad date, with its line", fixture("bad-list.csv").text, { code: "bad_date", line: 3 }],
    ["a row with a missing column", "name,country\nAcme,GB\nBeta\n", { code: "columns", line: 3 }],
    ["an unterminated quote", 'name,country\nAcme,GB\n"Beta,GB\n', { code: "quotes", line: 3 }],
    ["a row without any name", "name,chinese_name,country\nAcme,,GB\n,,FR\n", { code: "no_name", line: 3 }],
    ["no name column", "company,country\nAcme,GB\n", { code: "header", line: 1 }],
    ["only a header", "name,country\n", { code: "no_entities" }],
    ["an empty file", "  \n", { code: "empty" }],
  ])("refuses %s", (_what, text, expected) => {
    expect(refusal(() => parseListFiles("simple_csv", [{ name: "list.csv", text }]))).toMatchObject(expected);
  });

  it("counts lines inside quoted fields that span lines", () => {
    const text = 'name,aliases,listed_on\n"Acme\nHoldings",,2026-01-01\nBeta,,01/02/2026\n';
    expect(refusal(() => parseListFiles("simple_csv", [{ name: "l.csv", text }]))).toMatchObject({
      code: "bad_date",
      line: 4,
    });
  });
});

describe("OpenSanctions", () => {
  const ftm = [
    JSON.stringify({
      id: "NK-1",
      schema: "Company",
      target: true,
      datasets: ["cn_sanctions"],
      properties: { name: ["Xinghai Surveying"], alias: ["星海测绘"], country: ["cn"] },
    }),
    JSON.stringify({
      id: "s-1",
      schema: "Sanction",
      properties: {
        entity: ["NK-1"],
        program: ["Unreliable Entity List"],
        listingDate: ["2025-02-04"],
        sourceUrl: ["https://example.org/uel"],
      },
    }),
    JSON.stringify({ id: "addr-1", schema: "Address", properties: { full: ["Somewhere"] } }),
    "",
  ].join("\n");

  it("reads FollowTheMoney entities and joins their sanctions", () => {
    expect(parseListFiles("opensanctions_ftm", [{ name: "entities.ftm.json", text: ftm }])).toEqual([
      {
        key: "NK-1",
        names: ["Xinghai Surveying"],
        chineseName: "星海测绘",
        countries: ["cn"],
        list: "cn_sanctions",
        programme: "Unreliable Entity List",
        listedOn: "2025-02-04",
        sourceUrl: "https://example.org/uel",
      },
    ]);
  });

  it("refuses a line that is not JSON, with its number", () => {
    const text = `${ftm}\n{"id": "x", "schema": "Company"\n`;
    expect(refusal(() => parseListFiles("opensanctions_ftm", [{ name: "e.json", text }]))).toMatchObject({
      code: "json",
      line: 5,
    });
  });

  it("reads targets.simple.csv", () => {
    const text =
      "id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,emails,dataset,first_seen,last_seen,last_change\n" +
      'NK-2,Company,Kestrel Maritime,"Kestrel Shipping;凯斯特海运",,pa,,,US-OFAC,,,US OFAC SDN,2024-06-30T00:00:00,2026-01-01T00:00:00,2025-01-01T00:00:00\n';
    expect(parseListFiles("opensanctions_targets", [{ name: "targets.simple.csv", text }])).toEqual([
      expect.objectContaining({
        key: "NK-2",
        names: ["Kestrel Maritime", "Kestrel Shipping"],
        chineseName: "凯斯特海运",
        countries: ["pa"],
        listedOn: "2024-06-30",
      }),
    ]);
  });

  it("refuses targets.simple.csv without its id, schema and name columns", () => {
    expect(
      refusal(() =>
        parseListFiles("opensanctions_targets", [{ name: "t.csv", text: "name,aliases\nA,B\n" }]),
      ),
    ).toMatchObject({ code: "header", line: 1, detail: "t.csv: id,schema" });
  });
});

describe("OFAC SDN", () => {
  const sdn =
    '36,"AEROFLOT EXAMPLE",-0- ,"CUBA] [SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n' +
    '173,"WANG, Lihua","individual","SDNTK",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1970."\r\n\x1a\r\n';
  const alt = '173,12,"aka","WANG, Li-hua",-0- \r\n';
  const add = '173,25,-0- ,"Guangzhou",China,-0- \r\n';

  it("joins sdn.csv, alt.csv and add.csv by entity number", () => {
    const entries = parseListFiles("ofac_sdn", [
      { name: "alt.csv", text: alt },
      { name: "sdn.csv", text: sdn },
      { name: "add.csv", text: add },
    ]);
    expect(entries).toEqual([
      expect.objectContaining({
        key: "36",
        names: ["AEROFLOT EXAMPLE"],
        programme: "CUBA, SDGT",
        list: "SDN",
      }),
      expect.objectContaining({
        key: "173",
        names: ["WANG, Lihua", "WANG, Li-hua"],
        countries: ["China"],
        list: "SDN (individual)",
      }),
    ]);
  });

  it.each([
    ["alt.csv alone", [{ name: "alt.csv", text: alt }], { code: "ofac_sdn_missing" }],
    [
      "an alias of an unknown entity",
      [
        { name: "sdn.csv", text: sdn },
        { name: "alt.csv", text: `${alt}999,13,"aka","NOBODY",-0- \r\n` },
      ],
      { code: "ofac_unknown_entity", line: 2, detail: "alt.csv: 999" },
    ],
    ["a file of another shape", [{ name: "x.csv", text: "a,b,c\n" }], { code: "ofac_file", line: 1 }],
    [
      "a short row in sdn.csv",
      [{ name: "sdn.csv", text: `${sdn.replace("\x1a\r\n", "")}174,"X"\r\n` }],
      { code: "columns", line: 3 },
    ],
  ])("refuses %s", (_what, files, expected) => {
    expect(refusal(() => parseListFiles("ofac_sdn", files))).toMatchObject(expected);
  });
});

describe("the template", () => {
  it.each(["en", "zh"] as const)("reads back in %s", (locale) => {
    const entries = parseListFiles("simple_csv", [{ name: "t.csv", text: templateCsv(locale) }]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      names: ["Example Surveying Co., Ltd.", "Example Mapping", "EXSV"],
      chineseName: "示例测绘有限公司",
    });
  });
});
