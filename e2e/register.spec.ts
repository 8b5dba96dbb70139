// Earlier engagements with the same parties (issue 29): a client declined on this device comes
// back under another writing of its name; the identity step finds the earlier assessment, the
// user confirms it, and "refused before" is answered from it, which the summary says; the
// counterparty page lists both engagements.
import { benignTranslation2026_3 } from "@/test/fixtures/risk/benign-translation";
import { railwayBeforeSigning2026_3 } from "@/test/fixtures/risk/railway";

import { driver } from "./checklist-driver";
import { completedAssessment, importRecords, reseal } from "./exchange-files";
import { expect, expectAccessible, openUnderServiceWorker, test } from "./fixtures";
import { downloadPdf, pdfText, squash } from "./pdf-file";

test.describe.configure({ timeout: 180_000 });
// The lookup runs in a web worker: as on every visit after the first, under the service worker.
test.use({ serviceWorkers: "allow" });

/** The earlier, declined client and the name it comes back under, per language of the journey. */
const CASES = {
  en: { earlier: "星河测绘有限公司", now: "星河測繪有限公司", how: "traditional characters" },
  zh: { earlier: "Hengtai Co., Ltd.", now: "恒泰有限公司", how: "transliterated" },
} as const;

const DECLINED_ON = "2026-10-14T09:30:00.000Z";

for (const locale of ["en", "zh"] as const) {
  const { earlier, now, how } = CASES[locale];
  test(`${locale}: a declined client entered again (${how}) is found, confirmed and answers "refused before"`, async ({
    page,
    egress,
  }) => {
    const d = driver(page, locale);
    const r = d.ui.register;
    const declined = await reseal({
      ...(await completedAssessment(
        { ...railwayBeforeSigning2026_3, client_name: earlier, project_name: "Rail line survey" },
        { completedAt: DECLINED_ON },
      )),
      sealVersion: 2,
    });
    expect(declined.summary?.decision).toBe("decline");
    await openUnderServiceWorker(page, `/${locale}/`);
    await importRecords(page, [declined], locale);

    // A new assessment names the client in another writing.
    await page.goto(`/${locale}/`);
    await page.getByRole("link", { name: d.ui.home.start }).click();
    await d.expectStep("basics");
    await d.answerSection("basics", { ...benignTranslation2026_3, client_name: now });
    await page.getByRole("button", { name: d.ui.assess.next, exact: true }).click();
    await d.expectStep("identity");

    const panel = page.getByTestId("earlier-engagements");
    const match = panel.locator(`li.hit[data-name="${now}"]`);
    await expect(match).toContainText(earlier);
    await expect(match).toContainText("Rail line survey");
    await expect(match).toContainText(d.text.decision("decline"));
    await expect(match).toHaveAttribute("data-hit-decision", "pending");
    await expectAccessible(page);

    await match.getByRole("button", { name: d.ui.screening.control.confirm }).click();
    await expect(match).toHaveAttribute("data-hit-decision", "confirmed");
    const date = locale === "en" ? "14 October 2026" : "2026年10月14日";
    await expect(page.getByTestId("earlier-engagements-status")).toContainText(
      r.answered.replace("{date}", date),
    );

    // Section H shows "refused before" answered Yes.
    await page.locator("[data-step=intuition]").click();
    await d.expectStep("intuition");
    const refused = d.checklist.sections.flatMap((s) => s.questions).find((q) => q.id === "refused_before")!;
    await expect(
      d.question("refused_before").getByRole("radio", { name: d.text.option(refused, "yes"), exact: true }),
    ).toBeChecked();

    // The draft's summary names the source beside the answer.
    const id = new URL(page.url()).searchParams.get("id")!;
    await page.goto(`/${locale}/summary/?id=${id}`);
    await expect(page.locator("[data-decision]")).toBeVisible();
    await expect(page.getByText(r.fromAssessment.replace("{date}", date)).first()).toBeVisible();
    // And so does its PDF.
    const { path } = await downloadPdf(page, d.ui.pdf.download);
    expect(squash(pdfText(path))).toContain(squash(r.fromAssessment.replace("{date}", date)));

    // The counterparty page lists both engagements, the earlier one confirmed.
    await page.getByRole("link", { name: r.counterparty.replace("{name}", now) }).click();
    const table = page.getByTestId("counterparty-engagements");
    await expect(table.locator("tbody tr")).toHaveCount(2);
    await expect(table.locator(`tr[data-assessment="${declined.id}"]`)).toHaveAttribute(
      "data-match",
      "confirmed",
    );
    await expect(table.locator(`tr[data-assessment="${declined.id}"]`)).toContainText(
      d.text.decision("decline"),
    );
    await expect(table.locator(`tr[data-assessment="${id}"]`)).toHaveAttribute("data-match", "same_name");
    await expect(page.getByTestId("counterparty-aliases")).toContainText(earlier);
    await expectAccessible(page);

    // Undoing the confirmation withdraws the answer it gave.
    await page.goto(`/${locale}/assess/?id=${id}`);
    await page.locator("[data-step=identity]").click();
    await d.expectStep("identity");
    await expect(match).toHaveAttribute("data-hit-decision", "confirmed");
    await match.getByRole("button", { name: d.ui.screening.control.undo }).click();
    await expect(match).toHaveAttribute("data-hit-decision", "pending");
    await expect(page.getByTestId("earlier-engagements-status")).toContainText(r.withdrawn);
    await page.locator("[data-step=intuition]").click();
    await d.expectStep("intuition");
    await expect(
      d.question("refused_before").getByRole("radio", { name: d.text.option(refused, "yes"), exact: true }),
    ).not.toBeChecked();
    expect(egress.offences).toEqual([]);
  });
}
