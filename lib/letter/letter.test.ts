import { describe, expect, it } from "vitest";

import { getChecklist } from "@/lib/checklist/registry";
import type { Answers } from "@/lib/checklist/types";
import { benignTranslation } from "@/test/fixtures/risk/benign-translation";
import { railwayBeforeSigning } from "@/test/fixtures/risk/railway";

import { composeLetter, letterDate, letterFileName, openClientQuestions } from "./letter";

const checklist = getChecklist("2026.2");
const draft: Answers = {
  your_company: "Hai Tong Survey Ltd.",
  client_name: "Northwind Data GmbH",
  client_country: "DE",
  project_name: "Port traffic study",
  assessor_name: "Li Hua",
  assessor_role: "Compliance officer",
  end_client_disclosure: "unknown",
  client_affiliations: ["unknown"],
  data_destination: "unknown",
  payment_source: "contracting_party",
  suspect_other_motive: "unknown",
  comfortable_explaining: "unknown",
  listed_in_china: "unknown",
};

describe("the questions a letter asks", () => {
  it("are the client's questions answered \"don't know\", never our own or our gut feeling", () => {
    expect(openClientQuestions(checklist, draft).map((q) => q.id)).toEqual([
      "end_client_disclosure",
      "client_affiliations",
      "data_destination",
    ]);
  });

  it("skip hidden questions and questions not answered yet", () => {
    const answers = { ...draft, collects_in_china: "no", equipment_source: "unknown" };
    const ids = openClientQuestions(checklist, answers).map((q) => q.id);
    expect(ids).not.toContain("equipment_source");
    expect(ids).not.toContain("storage_location");
    expect(
      openClientQuestions(checklist, { ...answers, collects_in_china: "yes" }).map((q) => q.id),
    ).toContain("equipment_source");
  });

  it("leave out what only we know: the volume our own crews' collection will produce", () => {
    const field: Answers = { ...draft, collects_in_china: "yes", monthly_volume_gb: "unknown" };
    const asked = (answers: Answers) => openClientQuestions(checklist, answers).map((q) => q.id);
    expect(asked({ ...field, equipment_source: "client_specified" })).toContain("monthly_volume_gb");
    expect(asked({ ...field, equipment_source: "unknown" })).toContain("monthly_volume_gb");
    expect(asked({ ...field, equipment_source: "own_equipment" })).not.toContain("monthly_volume_gb");
    expect(asked({ ...field, equipment_source: "no_equipment" })).not.toContain("monthly_volume_gb");
  });

  it("are none for a case with nothing open", () => {
    expect(openClientQuestions(checklist, benignTranslation)).toEqual([]);
  });

  it("in the railway case are the ones the sources leave open", () => {
    const ids = openClientQuestions(getChecklist("2026.1"), railwayBeforeSigning).map((q) => q.id);
    expect(ids).toEqual([
      "client_country",
      "opaque_format",
      "client_software",
      "auto_upload",
      "storage_location",
      "permits_status",
    ]);
  });
});

describe("the letter", () => {
  it("in English: names, date, each open question as a numbered request under its topic", () => {
    const letter = composeLetter({ checklist, answers: draft, locale: "en", date: "2026-12-01" });
    expect(letter.questions).toEqual(["end_client_disclosure", "client_affiliations", "data_destination"]);
    expect(letter.subject).toBe('Questions before we accept the commission "Port traffic study"');
    expect(letter.text).toContain(
      "From: Hai Tong Survey Ltd.\nTo: Northwind Data GmbH, Germany (DE)\n1 December 2026",
    );
    expect(letter.text).toContain("\nDear Northwind Data GmbH,\n");
    expect(letter.text).not.toContain("Sir or Madam");
    expect(letter.text).toContain(
      "About you and the end client\n1. Please name, in writing, the organisation",
    );
    expect(letter.text).toContain("\n2. Please confirm whether your company, the end client");
    expect(letter.text).toContain(
      "Where the data goes\n3. Please tell us exactly what you expect to receive",
    );
    expect(letter.text).toContain("Li Hua (Compliance officer)\nHai Tong Survey Ltd.");
    expect(letter.text).not.toMatch(/bad feeling|motive|state security/i);
  });

  it("in Chinese whatever the page's language: the same requests, Chinese dates and punctuation", () => {
    const letter = composeLetter({ checklist, answers: draft, locale: "zh", date: "2026-12-01" });
    expect(letter.subject).toBe("关于“Port traffic study”项目承接前的问询");
    expect(letter.text).toContain("致：Northwind Data GmbH，德国（DE）");
    expect(letter.text).toContain("尊敬的Northwind Data GmbH：");
    expect(letter.text).toContain("贵方及最终用户\n1. 请以书面形式告知本项目成果的最终使用方");
    expect(letter.text).toContain("数据去向\n3. ");
    expect(letter.text).toContain("Hai Tong Survey Ltd.\nLi Hua（Compliance officer）\n2026年12月1日");
  });

  it("says where a name is missing instead of printing nothing", () => {
    const letter = composeLetter({
      checklist,
      answers: { end_client_disclosure: "unknown" },
      locale: "en",
      date: "2026-12-01",
    });
    expect(letter.text).toContain("To: [client]");
    expect(letter.text).toContain("[name] ([role])\n[our company]");
    expect(letter.text).toContain("\nDear Sir or Madam,\n");
    expect(composeLetter({ checklist, answers: {}, locale: "zh", date: "2026-12-01" }).text).toContain(
      "\n尊敬的先生/女士：\n",
    );
    expect(letter.subject).toContain('"[project]"');
  });

  it("formats its date and file names", () => {
    expect(letterDate("2026-03-09", "en")).toBe("9 March 2026");
    expect(letterDate("2026-03-09", "zh")).toBe("2026年3月9日");
    expect(letterFileName("Port traffic study", "2026-12-01", "pdf")).toBe(
      "letter-to-client-Port-traffic-study-2026-12-01.pdf",
    );
    expect(letterFileName(undefined, "2026-12-01", "txt")).toBe("letter-to-client-project-2026-12-01.txt");
  });
});
