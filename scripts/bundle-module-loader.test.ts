import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

import { afterAll, describe, expect, it } from "vitest";

import * as appZod from "@/lib/base/zod";

import bundleModuleLoader from "./bundle-module-loader.cjs";

const ZOD = join(__dirname, "..", "lib", "base", "zod.ts");
const dir = mkdtempSync(join(tmpdir(), "bundled-zod-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the loader as Turbopack does and returns the module it hands over, and the files it watches. */
function load(resourcePath: string): Promise<{ code: string; watched: string[] }> {
  const watched: string[] = [];
  return new Promise((resolve, reject) =>
    bundleModuleLoader.call({
      resourcePath,
      addDependency: (file: string) => watched.push(file),
      async: () => (error: Error | null, code?: string) =>
        error ? reject(error) : resolve({ code: code!, watched }),
    }),
  );
}

describe("the browser build's zod (scripts/bundle-module-loader.cjs)", () => {
  it("keeps only the zod the app names: none of zod core's unused formats", async () => {
    const { code, watched } = await load(ZOD);
    for (const unused of ["$ZodCreditCard", "$ZodIBAN", "$ZodJWT", "$ZodISODuration", "$ZodTemplateLiteral"])
      expect(code).not.toContain(unused);
    expect(code).toContain("$ZodISODate");
    expect(watched.some((file) => file.endsWith("zod/v4/core/schemas.js"))).toBe(true);
  });

  it("exports what lib/base/zod.ts exports, and parses as it does", async () => {
    const { code } = await load(ZOD);
    const file = join(dir, "zod.mjs");
    writeFileSync(file, code);
    const bundled = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as typeof appZod;
    expect(Object.keys(bundled).sort()).toEqual(Object.keys(appZod).sort());
    const schemaOf = (z: typeof appZod) =>
      z.strictObject({
        id: z.uuid(),
        when: z.iso.datetime({ offset: true }),
        name: z.string().check(z.trim(), z.minLength(1), z.maxLength(5)),
        n: z.optional(z.number().check(z.int(), z.minimum(0))),
      });
    const inputs = [
      { id: "0e7c3c0e-6a0f-4c1e-9d6e-1f2a3b4c5d6e", when: "2026-12-01T08:00:00+08:00", name: " ab ", n: 3 },
      { id: "nope", when: "2026-12-01", name: "", n: -1.5, extra: true },
    ];
    expect(schemaOf(appZod).safeParse(inputs[1]).error?.issues.length).toBeGreaterThan(3);
    for (const input of inputs) {
      const [mine, theirs] = [schemaOf(bundled), schemaOf(appZod)].map((schema) => {
        const result = schema.safeParse(input);
        return { success: result.success, data: result.data, issues: result.error?.issues };
      });
      expect(mine).toEqual(theirs);
    }
  });
});
