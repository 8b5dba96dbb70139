import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { canonicalJson } from "./canonical-json";
import { fingerprint } from "./fingerprint";

const base = {
  id: "7d3c2a9e-52a5-4d2b-9a44-0c1f7f4a1b11",
  checklistVersion: "2026.1",
  answers: { b: "yes", a: ["x", "y"] },
  completedAt: "2026-11-28T10:00:00.000Z",
  summary: undefined,
};

describe("fingerprint", () => {
  it("does not depend on key order", async () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } })).toBe(
      '{"a":{"c":[3,{"e":5,"f":4}],"d":2},"b":1}',
    );
    const reordered = { ...base, answers: { a: ["x", "y"], b: "yes" } };
    expect(await fingerprint(reordered)).toBe(await fingerprint(base));
  });

  it("changes when any answer changes", async () => {
    const hash = await fingerprint(base);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await fingerprint({ ...base, answers: { ...base.answers, b: "no" } })).not.toBe(hash);
    expect(await fingerprint({ ...base, answers: { ...base.answers, a: ["y", "x"] } })).not.toBe(hash);
  });

  it("writes what JSON.stringify writes, keys sorted, for any JSON value (and every key, __proto__ too)", () => {
    const sorted = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sorted)
        : v !== null && typeof v === "object"
          ? Object.fromEntries(
              Object.keys(v)
                .sort()
                .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
            )
          : v;
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        // The earlier recipe (sort, then build objects) differs only for "__proto__" and for array-index
        // keys ("0", "1"…, which objects always put first); a valid record has neither.
        const plain = JSON.stringify(value);
        if (!plain.includes('"__proto__"') && !/[{,]"(0|[1-9]\d*)":/.test(plain))
          expect(text).toBe(JSON.stringify(sorted(value)));
      }),
      { numRuns: 300 },
    );
    expect(canonicalJson([1, undefined, () => 0])).toBe("[1,null,null]");
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(canonicalJson({ b: 1, "1": 2, a: 3 })).toBe('{"1":2,"a":3,"b":1}');
  });

  it("ignores fields outside the frozen content", async () => {
    const withExtras = { ...base, updatedAt: "2030-01-01T00:00:00.000Z", fingerprint: "ff" };
    expect(await fingerprint(withExtras)).toBe(await fingerprint(base));
  });
});
