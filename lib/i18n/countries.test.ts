import { describe, expect, it } from "vitest";

import { COUNTRY_CODES, countryName, countryOptions, isCountryCode } from "./countries";

describe("countries", () => {
  it("lists the 249 ISO 3166-1 alpha-2 codes once each", () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(isCountryCode("DE")).toBe(true);
    expect(isCountryCode("EU")).toBe(false);
    expect(isCountryCode("de")).toBe(false);
  });

  it("names countries in the user's language", () => {
    expect(countryName("DE", "en")).toBe("Germany");
    expect(countryName("DE", "zh")).toBe("德国");
    expect(countryName("TW", "zh")).toBe("中国台湾");
    expect(countryOptions("en")[0]?.name).toBe("Afghanistan");
  });
});
