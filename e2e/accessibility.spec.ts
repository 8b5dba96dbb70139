import { expect, expectAccessible, test } from "./fixtures";
import { LOCALES, PAGES } from "./pages";

for (const locale of LOCALES) {
  for (const path of PAGES) {
    test(`${locale}${path} has no serious accessibility violations`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      // "New assessment" makes a draft and moves on to its first step: scan where it lands.
      if (path === "/assess/new/") await page.waitForURL(/\/assess\/\?id=[0-9a-f-]{36}$/);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await expect(page).toHaveTitle(/\S/);
      await expectAccessible(page);
    });
  }
}
