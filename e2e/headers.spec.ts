import { benignTranslation2026_3 } from "@/test/fixtures/risk/benign-translation";

import { driver } from "./checklist-driver";
import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { LOCALES, PAGES } from "./pages";

// The CSP is enforced here (no bypass), so a page whose inline-script hashes were wrong would not
// hydrate, and any violation would reach the console and fail the egress fixture.
test.use({ bypassCSP: false });

/** Collects every securitypolicyviolation event the page raises, from its first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  return violations;
}

function directives(policy: string) {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

for (const locale of LOCALES) {
  for (const path of PAGES) {
    test(`${locale}${path} carries a strict CSP and the security headers`, async ({ page }) => {
      const violations = await watchViolations(page);
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status()).toBe(200);
      const headers = response?.headers() ?? {};
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["referrer-policy"]).toBe("no-referrer");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      for (const feature of ["camera", "microphone", "geolocation"]) {
        expect(headers["permissions-policy"]).toContain(`${feature}=()`);
      }

      const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      const policy = directives(meta ?? "");
      expect(policy.get("default-src")).toEqual(["'self'"]);
      const scriptSrc = policy.get("script-src") ?? [];
      expect(scriptSrc).toContain("'self'");
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(scriptSrc.filter((s) => s.startsWith("'sha256-")).length).toBeGreaterThan(0);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      expect(policy.get("base-uri")).toEqual(["'self'"]);
      expect(policy.get("form-action")).toEqual(["'self'"]);
      expect(policy.get("connect-src")?.[0]).toBe("'self'");
      // The service worker (scripts/sw.mjs) is the app's own file: nothing else may run as a worker.
      expect(policy.get("worker-src")).toEqual(["'self'"]);
      expect(policy.get("manifest-src")).toEqual(["'self'"]);
      expect(meta).not.toMatch(/https?:|wss?:|\*/);

      // Hydrated under the policy: the client-side language switch points at the same page
      // (/assess/new/ makes a draft and moves on to it, so either page is right there).
      const other = locale === "en" ? "zh" : "en";
      await expect(page.getByTestId("language-switch")).toHaveAttribute(
        "href",
        path === "/assess/new/"
          ? new RegExp(`^/${other}/assess/(new/|\\?id=[0-9a-f-]{36})$`)
          : `/${other}${path}`,
      );
      await page.evaluate(() => new Promise(requestAnimationFrame));
      expect(violations).toEqual([]);
    });
  }
}

test("the root page redirects under the CSP", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/(en|zh)\/$/);
});

test("a whole assessment runs under the enforced CSP without a single violation", async ({
  page,
  egress,
}) => {
  test.setTimeout(120_000);
  const violations = await watchViolations(page);
  const d = driver(page, "zh");
  await d.fillAll(benignTranslation2026_3);
  await d.complete();
  await expect(page.locator("[data-decision]")).toHaveAttribute("data-decision", "proceed");
  expect(violations).toEqual([]);
  expect(egress.cspViolations).toEqual([]);
});
