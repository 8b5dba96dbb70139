import { join, resolve } from "node:path";

import { describe, expect, it } from "vitest";

import { checkImports, importsOf } from "./import-layers.mjs";

const ROOT = resolve(__dirname, "..");
const files = (entries: Record<string, string>) =>
  new Map(Object.entries(entries).map(([path, text]) => [join(ROOT, path), text]));

describe("the import check", () => {
  it("reads static, dynamic, type-only and re-exported imports and workers, not comments", () => {
    const text = [
      'import { a } from "@/lib/x/a";',
      'import type { B } from "./b";',
      'export { c } from "../c";',
      'const d = () => import("./d");',
      'new Worker(new URL("./e.worker.ts", import.meta.url));',
      '// imported with import("./not-me") by the page',
      '/* import { f } from "./not-me-either"; */',
    ].join("\n");
    expect(importsOf(text)).toEqual(["@/lib/x/a", "./b", "../c", "./d", "./e.worker.ts"]);
  });

  it("accepts imports down the layers and within a folder", () => {
    const result = checkImports(
      files({
        "lib/storage/a.ts": 'import { b } from "./b";\nimport type { C } from "@/lib/checklist/c";',
        "lib/storage/b.ts": "export const b = 1;",
        "lib/checklist/c.ts": "export type C = 1;",
      }),
    );
    expect(result).toEqual({ upward: [], intoTests: [], misplaced: [], cycles: [] });
  });

  it("fails an import back up a layer, a type-only one too", () => {
    const result = checkImports(
      files({
        "lib/checklist/c.ts": 'import type { Row } from "@/lib/storage/row";',
        "lib/storage/row.ts": "export type Row = 1;",
      }),
    );
    expect(result.upward).toEqual([
      "lib/checklist/c.ts → lib/storage/row.ts (lib/storage is above lib/checklist)",
    ]);
  });

  it("fails a cycle of files, through a dynamic import too", () => {
    const result = checkImports(
      files({
        "lib/storage/a.ts": 'import { b } from "./b";',
        "lib/storage/b.ts": 'export const load = () => import("./a");',
        "lib/storage/c.ts": 'import { a } from "./a";',
      }),
    );
    expect(result.cycles).toEqual(["lib/storage/a.ts → lib/storage/b.ts → lib/storage/a.ts"]);
  });

  it("fails product code that imports test data, but not a test", () => {
    const result = checkImports(
      files({
        "lib/examples/examples.ts": 'import { railway } from "@/test/fixtures/risk/railway";',
        "lib/examples/examples.test.ts": 'import { railway } from "@/test/fixtures/risk/railway";',
        "components/home/cases.tsx": 'import { CASES } from "../../test/calibration/cases";',
        "test/fixtures/risk/railway.ts": "export const railway = {};",
        "test/calibration/cases.ts": "export const CASES = [];",
      }),
    );
    expect(result.intoTests).toEqual([
      "lib/examples/examples.ts → test/fixtures/risk/railway.ts",
      "components/home/cases.tsx → test/calibration/cases.ts",
    ]);
  });

  it("fails test data kept in a product folder, wherever it is imported from", () => {
    const result = checkImports(
      files({
        "lib/risk/fixtures/railway.ts": "export const railway = {};",
        "lib/risk/calibration/cases.ts": "export const CASES = [];",
        "lib/examples/cases/railway.ts": "export const railway = {};",
        "lib/storage/testing/memory-storage.ts": "export const memory = {};",
      }),
    );
    expect(result.misplaced).toEqual(["lib/risk/fixtures/railway.ts", "lib/risk/calibration/cases.ts"]);
  });
});
