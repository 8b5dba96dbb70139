import { describe, expect, it } from "vitest";

import { LOCALES } from "@/lib/base/locale";

import { formatDate, formatDateTime, formatDay, joinList, PROFILES } from "./profile";

describe("the language profiles", () => {
  it("exist for every language", () => {
    expect(Object.keys(PROFILES).sort()).toEqual([...LOCALES].sort());
  });

  it("write one date and time format per language, day first in English and year first in Chinese", () => {
    const at = "2026-12-01T10:00:00.000Z";
    // The reader's time zone: compare with the local hour and minute.
    const local = new Date(at);
    const hm = `${String(local.getHours()).padStart(2, "0")}:${String(local.getMinutes()).padStart(2, "0")}`;
    const day = local.getDate();
    expect(formatDateTime(at, "en")).toBe(`${day} December 2026 at ${hm}`);
    expect(formatDateTime(at, "zh")).toBe(`2026年12月${day}日 ${hm}`);
    expect(formatDay(at, "en")).toBe(`${day} December 2026`);
    expect(formatDay(at, "zh")).toBe(`2026年12月${day}日`);
  });

  it("write a calendar date as that day in every time zone", () => {
    expect(formatDate("2026-03-09", "en")).toBe("9 March 2026");
    expect(formatDate("2026-03-09", "zh")).toBe("2026年3月9日");
  });

  it("join a run-on list with the language's separator", () => {
    expect(joinList(["Acme Ltd", "Germany"], "en")).toBe("Acme Ltd, Germany");
    expect(joinList(["甲公司", "德国"], "zh")).toBe("甲公司，德国");
  });
});
