import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { buildPolicy, inlineScriptHashes, withPolicy } from "./csp.mjs";

const PAGE =
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/_next/a.js" async=""></script>' +
  '<script>self.__next_f=[1]</script></head><body><script id="_R_">boot()</script></body></html>';

const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

describe("the post-build CSP step", () => {
  it("hashes every inline script and no external one", () => {
    expect(inlineScriptHashes(PAGE)).toEqual([sha("self.__next_f=[1]"), sha("boot()")]);
  });

  it("builds a policy without 'unsafe-inline' for scripts or any foreign host", () => {
    const policy = buildPolicy(inlineScriptHashes(PAGE));
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src "));
    expect(scriptSrc).toBe(`script-src 'self' ${sha("self.__next_f=[1]")} ${sha("boot()")}`);
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(policy).not.toContain("wasm-unsafe-eval");
  });

  it("allows neither WebAssembly nor data: fetches on any page (the PDF maker needs neither)", () => {
    const policy = buildPolicy([]);
    expect(policy).toContain("script-src 'self'; ");
    expect(policy).toContain("connect-src 'self'; ");
  });

  it("puts the meta tag before any script, once, even when run twice", () => {
    const once = withPolicy(PAGE, "default-src 'self'");
    const twice = withPolicy(once, "default-src 'none'");
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(twice.indexOf("Content-Security-Policy")).toBeLessThan(twice.indexOf("<script"));
    expect(twice).toContain("default-src 'none'");
  });
});
