// Section F in 2026.2: the reference (section 0, 4 F) measures an abnormal price by the margin —
// railway case 80–90 % against a usual 15–20 % — while 2026.1 asked only for the price as a
// percentage of the market. 2026.2 adds the two margins after that question and raises
// price_above_market (high) when the expected margin is at least double the usual one AND at
// least 40 points above it: both, so that small margins (10 % vs 4 %) and large, ordinary ones
// (55 % vs 35 %) do not fire, while the railway figures (80 vs 20: 4×, +60) do.
import type { Question } from "../types";

export const margins = [
  {
    id: "expected_margin",
    kind: "number",
    allowUnknown: true,
    min: -100,
    max: 1000,
    unit: "percent",
    raises: [
      {
        flag: "price_above_market",
        when: { exceeds: { question: "usual_margin", factor: 2, by: 40 } },
        severity: "high",
      },
    ],
    basis: [{ law: "bis_red_flags" }, { law: "case_railway" }],
  },
  { id: "usual_margin", kind: "number", allowUnknown: true, min: -100, max: 1000, unit: "percent" },
] as const satisfies readonly Question[];
