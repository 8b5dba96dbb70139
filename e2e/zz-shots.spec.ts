import { railwayBeforeSigning } from "@/lib/risk/fixtures/railway";
import { driver } from "./checklist-driver";
import { test } from "./fixtures";
test.describe.configure({ timeout: 120_000 });
for (const locale of ["en", "zh"] as const) {
  test(`shots ${locale}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const d = driver(page, locale);
    await page.goto(`/${locale}/`);
    await page.screenshot({ path: `/tmp/shot-${locale}-home.png`, fullPage: true });
    await d.fillAll(railwayBeforeSigning);
    await page.locator("[data-step=data]").click();
    await page.screenshot({ path: `/tmp/shot-${locale}-step.png`, fullPage: false });
    await page.locator("[data-step=review]").click();
    await d.complete();
    await page.screenshot({ path: `/tmp/shot-${locale}-summary.png`, fullPage: false });
    await page
      .locator(".flag-group")
      .first()
      .screenshot({ path: `/tmp/shot-${locale}-flags.png` });
    await page.locator(".section-chart").screenshot({ path: `/tmp/shot-${locale}-chart.png` });
    await page.locator("[data-reporting]").screenshot({ path: `/tmp/shot-${locale}-reporting.png` });
  });
}
