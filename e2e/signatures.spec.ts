// Issue 27: sign-offs no one can forge. A sign-off is made in one browser and checked in another
// (a fresh browser context: its own IndexedDB, its own key); the same file edited, unsigned or
// with its key swapped reads "unverified", never "Approved"; trusted reviewers are added and
// removed; and the chain-less, answer-source and resealed-dismissal forgeries are refused while
// the page keeps working. The unit side is lib/storage/signatures.test.ts.
import { readFile } from "node:fs/promises";

import type { Browser, Page } from "@playwright/test";

import type { Assessment } from "@/lib/assessment/assessment";
import { newSigner } from "@/lib/assessment/signature";
import { CURRENT_CHECKLIST_VERSION } from "@/lib/checklist/registry";
import { benignTranslation2026_3 } from "@/test/fixtures/risk/benign-translation";
import { SCREENED } from "@/test/fixtures/screening/screened";
import { screeningAnswers } from "@/lib/screening/outcome";
import { newDraft } from "@/lib/storage/assessments";
import en from "@/messages/en.json";

import { driver } from "./checklist-driver";
import { exportText, importThroughUi, reseal, sealedAssessment, signedOff } from "./exchange-files";
import { expect as baseExpect, expectAccessible, test } from "./fixtures";

// Imports run in a worker and one test drives two browsers: on a busy machine these take longer.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });

const project = String(benignTranslation2026_3.project_name);
const importError = (page: Page) => page.getByTestId("import-error");
const signOffItems = (page: Page) => page.getByTestId("audit-trail").locator("[data-sign-off]");

async function importFile(page: Page, text: string) {
  await page.goto("/en/history/");
  await importThroughUi(page, text);
}

async function imported(page: Page, records: Assessment[]) {
  await importFile(page, await exportText(records));
  await expect(page.getByTestId("import-status")).toContainText("Imported");
}

/** Another browser: a context of its own (its own storage and key), cut off from other origins. */
async function anotherBrowser(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  const origin = new URL(baseURL).origin;
  await context.route(
    (url) => url.protocol.startsWith("http") && url.origin !== origin,
    (route) => route.abort("blockedbyclient"),
  );
  return context;
}

async function storedRecord(page: Page, id: string): Promise<Assessment> {
  return page.evaluate(
    (key) =>
      new Promise<Assessment>((resolve, reject) => {
        const open = indexedDB.open("commission-check");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction("assessments").objectStore("assessments").get(key);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result as Assessment);
          };
        };
      }),
    id,
  );
}

test("a sign-off made in one browser verifies in another after import; trusted reviewers added and removed", async ({
  page,
  browser,
  baseURL,
}) => {
  const d = driver(page, "en");
  await imported(page, [
    { ...newDraft(CURRENT_CHECKLIST_VERSION, "review"), answers: benignTranslation2026_3 },
  ]);
  await page.goto("/en/");
  await page.getByRole("link", { name: project }).click();
  await d.expectStep("review");
  await d.complete();
  await expect(page.getByTestId("signing-key")).toContainText(en.signOff.keyNone);
  await d.signOff({ decision: "approved", name: "Zhang Min", role: "Legal counsel", comment: "Go ahead." });
  await expect(page.getByTestId("signing-key")).toContainText(/[0-9a-f]{64}/);
  const keyText = await page.getByTestId("signing-key").textContent();
  const key = /([0-9a-f]{64})/.exec(keyText ?? "")?.[1];
  expect(key, "the form shows this device's full key fingerprint").toBeDefined();
  await expect(signOffItems(page)).toHaveAttribute("data-verification", "signed");
  const id = new URL(page.url()).searchParams.get("id")!;
  const file = await exportText([await storedRecord(page, id)]);

  const other = await anotherBrowser(browser, baseURL!);
  try {
    const b = await other.newPage();
    await importFile(b, file);
    await expect(b.getByTestId("import-status")).toContainText("Imported");
    await expect(b.getByRole("row", { name: new RegExp(project) })).toContainText("Approved");
    await b.goto(`/en/summary/?id=${id}`);
    const item = signOffItems(b);
    await expect(item).toHaveAttribute("data-verification", "signed");
    await expect(item).toContainText("Approved");
    await expect(item).toContainText(`${key!.slice(0, 4)} ${key!.slice(4, 8)}`);
    await expect(item).toContainText("which is not in your trusted reviewers");
    // This browser never signed: it has no key of its own yet.
    await expect(b.getByTestId("signing-key")).toContainText(en.signOff.keyNone);

    await b.getByLabel(en.trusted.name).fill("Zhang Min");
    await b.getByLabel(en.trusted.key).fill(key!.replace(/(.{8})/g, "$1 "));
    await b.getByRole("button", { name: en.trusted.add }).click();
    await expect(b.getByTestId("trusted-status")).toHaveText(
      "Zhang Min was added to your trusted reviewers.",
    );
    await expect(item).toHaveAttribute("data-verification", "trusted");
    await expect(item).toContainText("signed by Zhang Min, a trusted reviewer");
    await expectAccessible(b);

    // The list travels as a small JSON file.
    const downloading = b.waitForEvent("download");
    await b.getByRole("button", { name: en.trusted.download }).click();
    const listFile = await readFile((await (await downloading).path())!, "utf8");
    expect(JSON.parse(listFile)).toEqual({
      format: "commission-check/trusted-reviewers",
      formatVersion: 1,
      reviewers: [{ key, name: "Zhang Min" }],
    });

    await b.getByRole("button", { name: "Remove Zhang Min" }).click();
    await expect(b.getByTestId("trusted-status")).toHaveText(
      "Zhang Min was removed from your trusted reviewers.",
    );
    await expect(b.getByText(en.trusted.empty)).toBeVisible();
    await expect(item).toHaveAttribute("data-verification", "signed");

    // Loading the file trusts the key again; a file that is not a list changes nothing.
    const load = async (text: string) => {
      await b.getByLabel(en.trusted.file).setInputFiles({
        name: "trusted.json",
        mimeType: "application/json",
        buffer: Buffer.from(text),
      });
      await b.getByRole("button", { name: en.trusted.load, exact: true }).click();
    };
    await load('{"format":"something else"}');
    await expect(b.getByTestId("trusted-status")).toHaveText(en.trusted.badFile);
    await expect(b.getByText(en.trusted.empty)).toBeVisible();
    await load(listFile);
    await expect(b.getByTestId("trusted-status")).toHaveText("1 trusted reviewer loaded.");
    await expect(item).toHaveAttribute("data-verification", "trusted");
    await b.getByRole("button", { name: "Remove Zhang Min" }).click();
    await expect(item).toHaveAttribute("data-verification", "signed");

    // A fingerprint that is not one is refused with a message, nothing stored.
    await b.getByLabel(en.trusted.name).fill("Someone");
    await b.getByLabel(en.trusted.key).fill("not-a-key");
    await b.getByRole("button", { name: en.trusted.add }).click();
    await expect(b.getByText(en.trusted.badKey)).toBeVisible();
    await expect(b.getByText(en.trusted.empty)).toBeVisible();
  } finally {
    await other.close();
  }
});

const forgeries: [string, (a: Assessment) => Promise<Assessment>][] = [
  [
    "the decision edited",
    (a) => reseal({ ...a, signOffs: a.signOffs!.map((s) => ({ ...s, decision: "approved" as const })) }),
  ],
  [
    "the signature removed",
    (a) =>
      reseal({
        ...a,
        signOffs: a.signOffs!.map((s) => {
          const copy = { ...s, decision: "approved" as const };
          delete copy.signature;
          return copy;
        }),
      }),
  ],
  [
    "the key swapped",
    async (a) => {
      const forger = await newSigner();
      const signOffs = a.signOffs!.map((s) => ({
        ...s,
        decision: "approved" as const,
        signature: { ...s.signature!, key: forger.publicKey },
      }));
      return reseal({ ...a, signOffs });
    },
  ],
];

for (const [what, forge] of forgeries) {
  test(`a rejected sign-off with ${what} imports as "unverified", never "Approved"`, async ({ page }) => {
    const genuine = await signedOff(await sealedAssessment(benignTranslation2026_3), await newSigner(), {
      decision: "rejected",
      name: "Zhang Min",
      role: "Legal counsel",
      comment: "Do not proceed.",
    });
    const forged = await forge(genuine);
    await imported(page, [forged]);
    const row = page.getByRole("row", { name: new RegExp(project) });
    await expect(row).toContainText(en.history.signOff.unverified);
    await expect(row).not.toContainText("Approved");
    await page.goto(`/en/summary/?id=${forged.id}`);
    const item = signOffItems(page);
    await expect(item).toHaveAttribute("data-verification", "unverified");
    await expect(item).toContainText(en.review.signature.unverified);
    const trail = page.getByTestId("audit-trail");
    await expect(trail).toContainText("Signed off: Unverified sign-off");
    await expect(trail).not.toContainText("Approved");
    await expectAccessible(page);
  });
}

test("the chain-less, answer-source and resealed-dismissal forgeries are refused, and the page keeps working", async ({
  page,
}) => {
  const signer = await newSigner();
  const signed = await signedOff(await sealedAssessment(benignTranslation2026_3), signer, {
    decision: "rejected",
    name: "Zhang Min",
    role: "Legal counsel",
    comment: "No.",
  });

  const chainless = {
    ...signed,
    signOffs: signed.signOffs!.map((s) => ({ ...s, decision: "approved" as const })),
  };
  delete chainless.chain;
  await importFile(page, await exportText([chainless]));
  await expect(importError(page)).toContainText("its chain was removed");

  const sourced = {
    ...signed,
    answerSources: { client_name: { kind: "client_letter" as const, date: "2026-11-20", answer: "Acme" } },
  };
  await importFile(page, await exportText([sourced]));
  await expect(importError(page)).toContainText("its fingerprint does not match its content");
  await importFile(
    page,
    await exportText([
      await reseal({ ...sourced, answerSources: { no_such_question: sourced.answerSources.client_name } }),
    ]),
  );
  await expect(importError(page)).toContainText("for questions its checklist does not have");

  const confirmed = {
    ...SCREENED,
    hits: SCREENED.hits.map((h, i) => (i === 0 ? { ...h, decision: "confirmed" as const } : h)),
  };
  const screened = await sealedAssessment(
    { ...benignTranslation2026_3, ...screeningAnswers(confirmed) },
    { screening: confirmed },
  );
  const dismissed = await reseal({
    ...screened,
    screening: {
      ...confirmed,
      hits: confirmed.hits.map((h) => ({ ...h, decision: "dismissed" as const, reason: "Another company." })),
    },
  });
  await importFile(page, await exportText([dismissed]));
  await expect(importError(page)).toContainText("its screening record contradicts its answers");

  // A client letter dated 2099, inside a resealed record.
  const letter = { client_name: { kind: "client_letter" as const, date: "2099-12-31", answer: "Acme" } };
  await importFile(page, await exportText([await reseal({ ...signed, answerSources: letter })]));
  await expect(importError(page)).toContainText("carries a date in the future (2099-12-31");

  // Nothing was stored, and the page still imports the genuine records.
  await expect(page.getByText(en.history.empty)).toBeVisible();
  await imported(page, [signed, screened]);
  await expect(page.getByTestId("history-count")).toHaveText("2 assessments of 2");
});
