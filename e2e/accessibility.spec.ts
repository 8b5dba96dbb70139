import { expectAccessible, test } from "./fixtures";
import { LOCALES, PAGES } from "./pages";

for (const locale of LOCALES) {
  for (const path of PAGES) {
    test(`${locale}${path} has no serious accessibility violations`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await expectAccessible(page);
    });
  }
}
