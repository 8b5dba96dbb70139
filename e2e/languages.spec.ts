import { expect, test } from "./fixtures";

test("switching language keeps the page and its query", async ({ page }) => {
  await page.goto("/en/privacy/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Privacy");
  await page.getByRole("link", { name: "切换到中文" }).click();
  await expect(page).toHaveURL(/\/zh\/privacy\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("隐私说明");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.getByRole("link", { name: "Switch to English" }).click();
  await expect(page).toHaveURL(/\/en\/privacy\/$/);

  const id = "0b6c2a8e-5d1f-4c3b-9a7e-2f4d6b8c0a1e";
  await page.goto(`/en/summary/?id=${id}`);
  await page.getByRole("link", { name: "切换到中文" }).click();
  await expect(page).toHaveURL(`/zh/summary/?id=${id}`);

  // The history's view lives in the fragment, which goes along too (and never to the server).
  await page.goto("/en/history/#q=rail&level=critical");
  await expect(page.getByRole("searchbox")).toHaveValue("rail");
  await page.getByRole("link", { name: "切换到中文" }).click();
  await expect(page).toHaveURL("/zh/history/#q=rail&level=critical");
  await expect(page.getByRole("searchbox")).toHaveValue("rail");
});

test.describe("a Chinese-speaking browser", () => {
  test.use({ locale: "zh-CN" });
  test("is sent from / to the Chinese pages", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/zh\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("风险自查");
  });
});

test.describe("an English-speaking browser", () => {
  test.use({ locale: "en-GB" });
  test("is sent from / to the English pages", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/en\/$/);
  });
});

test("every navigation link leads to a page", async ({ page }) => {
  for (const locale of ["en", "zh"]) {
    await page.goto(`/${locale}/`);
    const hrefs = await page
      .locator("header a, footer a, main a")
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""));
    for (const href of new Set(hrefs)) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
  }
});
