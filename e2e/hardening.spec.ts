// Issue 13: the attacks on the built app, each as a test (problem numbers are the issue's), the
// two-tab races, and kills of the whole browser while typing and while completing, with a
// persistent profile. The unit side of each problem is in lib/storage/hardening.test.ts.
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { type BrowserContext, chromium, type Page } from "@playwright/test";

import type { Assessment } from "@/lib/assessment/assessment";
import { fingerprint } from "@/lib/assessment/fingerprint";
import { CURRENT_CHECKLIST_VERSION, getChecklist } from "@/lib/checklist/registry";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { benignTranslation2026_3 } from "@/test/fixtures/risk/benign-translation";
import { railwayBeforeSigning2026_3 } from "@/test/fixtures/risk/railway";
import { newDraft } from "@/lib/storage/assessments";

import { driver, UI } from "./checklist-driver";
import { completedAssessment, exportText, importRecords, importThroughUi } from "./exchange-files";
import { expect as baseExpect, expectAccessible, test } from "./fixtures";

// Imports run in a worker and the two-tab and kill tests start several pages or browsers: on a
// busy machine these steps take longer than the suite's defaults.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });

const en = UI.en;
const zh = UI.zh;

/** A draft with every answer of the benign fixture, left on the review step. */
function readyDraft(answers = benignTranslation2026_3): Assessment {
  return { ...newDraft(CURRENT_CHECKLIST_VERSION, "review"), answers };
}

/**
 * Sets members of a stored record with the raw IndexedDB API, as anyone with the browser's
 * developer tools can: each change is a path ("summary.level") and a value.
 */
async function editStored(page: Page, id: string, changes: Record<string, unknown>) {
  await page.evaluate(
    ([key, sets]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("commission-check");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction("assessments", "readwrite");
          const store = tx.objectStore("assessments");
          const get = store.get(key);
          get.onsuccess = () => {
            const record = get.result as Record<string, unknown>;
            for (const [path, value] of Object.entries(sets)) {
              const parts = path.split(".");
              let node = record;
              for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
              node[parts.at(-1)!] = value;
            }
            store.put(record);
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [id, changes] as const,
  );
}

async function storedRecord(page: Page, id: string): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(
    (key) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open("commission-check");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction("assessments").objectStore("assessments").get(key);
          get.onsuccess = () => {
            db.close();
            resolve(get.result as Record<string, unknown> | undefined);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}

const importError = (page: Page) => page.getByTestId("import-error");
const historyCount = (page: Page) => page.getByTestId("history-count");

// ---------------------------------------------------------------------------------------------
// Nothing forged.

test("problem 1: a forged low/proceed verdict with a recomputed fingerprint is refused on import", async ({
  page,
}) => {
  const genuine = await completedAssessment(railwayBeforeSigning2026_3);
  const low = evaluateRisk(getChecklist(CURRENT_CHECKLIST_VERSION), benignTranslation2026_3, {
    date: genuine.summary!.date,
  });
  const forged = { ...genuine, summary: low };
  forged.fingerprint = await fingerprint(forged);
  await page.goto("/en/history/");
  await importThroughUi(page, await exportText([forged]));
  await expect(importError(page)).toContainText(
    `Assessment 1 in the file (id ${genuine.id}) was changed: its frozen verdict is not what its answers give`,
  );
  await expect(importError(page)).toContainText(en.exchange.nothingChanged);
  await expect(page.getByText(en.history.empty)).toBeVisible();
});

test("problem 1: a sign-off added to an exported file is refused: it breaks the chain", async ({ page }) => {
  const d = driver(page, "en");
  await importRecords(page, [readyDraft()]);
  await page.goto("/en/");
  await page.getByRole("link", { name: String(benignTranslation2026_3.project_name) }).click();
  await d.expectStep("review");
  await d.complete();
  await d.signOff({ decision: "rejected", name: "Zhang Min", role: "Legal counsel", comment: "No." });
  const id = new URL(page.url()).searchParams.get("id")!;
  const record = (await storedRecord(page, id)) as Assessment;
  expect(record.chain).toMatch(/^[0-9a-f]{64}$/);
  const added = {
    ...record,
    id: crypto.randomUUID(),
    signOffs: [...record.signOffs!, { ...record.signOffs![0]!, decision: "approved" as const }],
  };
  added.fingerprint = await fingerprint(added);
  await page.goto("/en/history/");
  await importThroughUi(page, await exportText([added]));
  await expect(importError(page)).toContainText("do not match the chain that seals them");
  await expect(historyCount(page)).toHaveText("1 assessment of 1");
});

test("problem 6: a verdict edited in the browser's storage shows the mismatch banner, not the verdict", async ({
  page,
}) => {
  const genuine = await completedAssessment(railwayBeforeSigning2026_3);
  await importRecords(page, [genuine]);
  await page.goto(`/en/summary/?id=${genuine.id}`);
  await expect(page.locator("[data-decision]")).toHaveAttribute("data-level", "critical");
  await editStored(page, genuine.id, { "summary.level": "low", "summary.decision": "proceed" });
  await page.goto(`/en/summary/?id=${genuine.id}`);
  const banner = page.getByRole("alert").filter({ hasText: en.integrity.banner.title });
  await expect(banner).toContainText(genuine.id);
  await expect(banner).toContainText(en.integrity.banner.problems.verdict_mismatch);
  await expect(page.locator("[data-decision]")).toHaveCount(0);
  await expectAccessible(page);
});

test("problem 6: compare shows the mismatch banner for an edited record instead of comparing its verdict", async ({
  page,
}) => {
  const genuine = await completedAssessment(railwayBeforeSigning2026_3);
  const other = await completedAssessment(benignTranslation2026_3);
  await importRecords(page, [genuine, other]);
  const compare = `/en/compare/?a=${genuine.id}&b=${other.id}`;
  await page.goto(compare);
  await expect(page.getByTestId("compare-levels").locator("[data-level]").first()).toHaveAttribute(
    "data-level",
    "critical",
  );
  await editStored(page, genuine.id, { "summary.level": "low", "summary.decision": "proceed" });
  await page.goto(compare);
  const banner = page.getByRole("alert").filter({ hasText: en.integrity.banner.title });
  await expect(banner).toContainText(genuine.id);
  await expect(banner).toContainText(en.integrity.banner.problems.verdict_mismatch);
  await expect(page.getByTestId("compare-levels")).toHaveCount(0);
  await expectAccessible(page);
});

test("problem 5: __proto__ inside an imported summary is refused, naming the key", async ({ page }) => {
  const genuine = await completedAssessment(railwayBeforeSigning2026_3);
  const text = (await exportText([genuine])).replace(
    '"summary":{',
    '"summary":{"__proto__":{"level":"low","decision":"proceed"},',
  );
  await page.goto("/en/history/");
  await importThroughUi(page, text);
  await expect(importError(page)).toContainText(`Assessment 1 in the file (id ${genuine.id}) is not valid`);
  await expect(importError(page)).toContainText("__proto__");
  await expect(page.getByText(en.history.empty)).toBeVisible();
});

// ---------------------------------------------------------------------------------------------
// Nothing crashes on a bad record.

test("problem 4: a malformed frozen summary shows a damaged-record message with the id, never a crash", async ({
  page,
}) => {
  const genuine = await completedAssessment(railwayBeforeSigning2026_3);
  await importRecords(page, [genuine]);
  for (const edit of [{ "summary.flags": "none" }, { "summary.rule": "made_up" }]) {
    await editStored(page, genuine.id, edit);
    await page.goto(`/en/summary/?id=${genuine.id}`);
    await expect(page.getByRole("heading", { name: en.integrity.damaged.title })).toBeVisible();
    await expect(page.locator(`[data-damaged="${genuine.id}"]`)).toContainText("summary.");
    await expect(page.getByText(/couldn.t load|summary\.level|risk\.rules\./)).toHaveCount(0);
  }
  await page.goto(`/zh/summary/?id=${genuine.id}`);
  await expect(page.getByRole("heading", { name: zh.integrity.damaged.title })).toBeVisible();
  // What is wrong is said in Chinese too (zod's own Chinese messages, loaded with this message).
  await expect(page.locator(`[data-damaged="${genuine.id}"]`)).toContainText("summary.rule: 无效选项");
});

test("problem 7: the home page lists the 10 newest drafts and links to all of them in the history", async ({
  page,
}) => {
  const drafts = Array.from({ length: 12 }, (_, i) => ({
    ...newDraft(CURRENT_CHECKLIST_VERSION, "basics", new Date(Date.UTC(2026, 10, 1 + i))),
    answers: { project_name: `Project ${String(i + 1).padStart(2, "0")}` },
  }));
  await importRecords(page, drafts);
  await page.goto("/en/");
  const list = page.getByTestId("draft-list").getByRole("link");
  await expect(list).toHaveCount(10);
  await expect(list.first()).toHaveText("Project 12");
  await expect(list.last()).toHaveText("Project 03");
  await page.getByRole("link", { name: "All 12 drafts in the history" }).click();
  await expect(page).toHaveURL(/\/en\/history\/#status=draft$/);
  await expect(historyCount(page)).toHaveText("12 assessments of 12");
});

test("problem 8: a string format version and duplicate ids each say what is wrong, in both languages", async ({
  page,
}) => {
  const a = await completedAssessment(benignTranslation2026_3);
  const text = await exportText([a]);
  await page.goto("/en/history/");
  await importThroughUi(page, text.replace('"formatVersion":1', '"formatVersion":"1"'));
  await expect(importError(page)).toContainText('format version is "1", written as text instead of a number');
  const twice = JSON.parse(text) as { assessments: Assessment[] };
  twice.assessments.push(a);
  await importThroughUi(page, JSON.stringify(twice));
  await expect(importError(page)).toContainText(`Assessments 1 and 2 in the file have the same id (${a.id})`);
  await page.goto("/zh/history/");
  await importThroughUi(page, JSON.stringify(twice));
  await expect(importError(page)).toContainText(`文件中的第1项和第2项自查编号相同（${a.id}）`);
  await importThroughUi(page, text.replace('"formatVersion":1', '"formatVersion":"1"'));
  await expect(importError(page)).toContainText("是文本而不是数字");
});

test("problem 9: the register quotes every cell and neutralises a formula after a semicolon", async ({
  page,
}) => {
  const a = await completedAssessment({ ...benignTranslation2026_3, project_name: "a;=1+1" });
  await importRecords(page, [a]);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: en.history.register }).click();
  const csv = await readFile(await (await download).path(), "utf8");
  expect(csv).toContain(`"a;'=1+1"`);
  // The client with its country and the assessor with their role, as the summary shows them.
  expect(csv).toContain('"Example Maschinenbau GmbH, Germany (DE)"');
  expect(csv).toContain('"Li Hua (Compliance officer)"');
  for (const line of csv.trim().split("\r\n"))
    expect(line).toMatch(/^\uFEFF?"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
});

// ---------------------------------------------------------------------------------------------
// Nothing lost between tabs.

test("problem 2: completing in tab A while tab B types leaves the assessment completed", async ({
  page,
  context,
}) => {
  const draft = readyDraft();
  await importRecords(page, [draft]);
  const a = page;
  const b = await context.newPage();
  await a.goto(`/en/assess/?id=${draft.id}`);
  await driver(a, "en").expectStep("review");
  await b.goto(`/en/assess/?id=${draft.id}`);
  await b.getByRole("button", { name: /^1\./ }).click();
  await driver(b, "en").expectStep("basics");
  const description = b.locator('[data-question="project_description"] textarea');
  await description.click();
  await b.keyboard.press("End");
  // Tab A completes while tab B sits in the form with the draft it loaded; B then types on. (Typing
  // before A's click is the other race: A's completion is refused because B changed answers A
  // had shown; lib/storage/hardening.test.ts covers it.)
  await a.getByRole("button", { name: en.assess.complete, exact: true }).click();
  await expect(a.locator("[data-decision]")).toHaveAttribute("data-level", "low");
  await b.keyboard.type(" and the index, typed on", { delay: 20 });
  await expect(b.getByRole("alert").filter({ hasText: en.assess.save.completedElsewhere })).toBeVisible();
  const stored = (await storedRecord(a, draft.id)) as Assessment;
  expect(stored.status).toBe("completed");
  expect(stored.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  expect(stored.summary?.level).toBe("low");
  await a.goto(`/en/summary/?id=${draft.id}`);
  await expect(a.locator("[data-decision]")).toHaveAttribute("data-level", "low");
});

/** Holds this page's BroadcastChannel messages until released: two tabs writing at the same moment. */
async function holdMessages(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { held: (() => void)[]; hold: boolean };
    w.held = [];
    w.hold = false;
    Object.defineProperty(BroadcastChannel.prototype, "onmessage", {
      set(handler: (event: MessageEvent) => void) {
        this.addEventListener("message", (event: MessageEvent) =>
          w.hold ? w.held.push(() => handler.call(this, event)) : handler.call(this, event),
        );
      },
    });
  });
}
const setHold = (page: Page, hold: boolean) =>
  page.evaluate((on) => {
    const w = window as unknown as { held: (() => void)[]; hold: boolean };
    w.hold = on;
    if (!on) for (const deliver of w.held.splice(0)) deliver();
  }, hold);

test("problem 3: two tabs on one draft merge per answer; on the same answer the later wins and the other tab is told", async ({
  page,
  context,
}) => {
  const draft = { ...readyDraft(), step: "basics" };
  await importRecords(page, [draft]);
  const a = page;
  const b = await context.newPage();
  await holdMessages(b);
  for (const tab of [a, b]) {
    await tab.goto(`/en/assess/?id=${draft.id}`);
    await driver(tab, "en").expectStep("basics");
  }
  const field = (tab: Page, id: string) => tab.locator(`[data-question="${id}"]`).getByRole("textbox");
  const saved = (tab: Page) => expect(tab.locator('[data-save-status="saved"]')).toBeVisible();

  // Different answers: both kept, and each tab shows the other's.
  await field(a, "project_name").fill("Alpha project");
  await saved(a);
  await field(b, "client_name").fill("Beta client");
  await saved(b);
  await expect(field(b, "project_name")).toHaveValue("Alpha project");
  await expect(field(a, "client_name")).toHaveValue("Beta client");

  // The same answer, written by both before either hears of the other: B writes later and wins.
  await setHold(b, true);
  await field(a, "end_client_declared").fill("From tab A");
  await saved(a);
  await field(b, "end_client_declared").fill("From tab B");
  await saved(b);
  await setHold(b, false);
  const notice = a.getByTestId("overwrite-notice");
  await expect(notice).toContainText("your answer “From tab A” was replaced by “From tab B”");
  // A's caret is still in the field: B's answer shows once A leaves it (e2e/tabs.spec.ts).
  await expect(field(a, "end_client_declared")).toHaveValue("From tab A");
  await field(a, "end_client_declared").press("Tab");
  await expect(field(a, "end_client_declared")).toHaveValue("From tab B");
  await expect(field(b, "end_client_declared")).toHaveValue("From tab B");
  await expect(b.getByTestId("overwrite-notice")).toHaveCount(0);
  const stored = (await storedRecord(a, draft.id)) as Assessment;
  expect(stored.answers).toMatchObject({
    project_name: "Alpha project",
    client_name: "Beta client",
    end_client_declared: "From tab B",
  });
  await expectAccessible(a);
});

// ---------------------------------------------------------------------------------------------
// Kills of the whole browser (SIGKILL of its main process) with a persistent profile.

type Profile = { dir: string; context: BrowserContext; pid: number };

async function openProfile(
  dir: string,
  options: { baseURL?: string; launchOptions: Parameters<typeof chromium.launchPersistentContext>[1] },
): Promise<Profile> {
  const context = await chromium.launchPersistentContext(dir, {
    ...options.launchOptions,
    baseURL: options.baseURL,
  });
  // Nothing may leave the app's origin here either (the egress fixture guards the default context).
  const origin = new URL(options.baseURL!).origin;
  await context.route(
    (url) => url.protocol.startsWith("http") && url.origin !== origin,
    (route) => route.abort("blockedbyclient"),
  );
  const processes = execFileSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" });
  const main = processes
    .split("\n")
    .find((line) => line.includes(`--user-data-dir=${dir}`) && !line.includes("--type="));
  if (!main) throw new Error("the browser's main process was not found");
  return { dir, context, pid: Number(main.trim().split(/\s+/)[0]) };
}

async function kill(profile: Profile) {
  const closed = new Promise((resolve) => profile.context.once("close", resolve));
  process.kill(profile.pid, "SIGKILL");
  await closed;
}

const TRIALS = 3;

test.describe("kills with a persistent profile", () => {
  test.describe.configure({ timeout: 240_000 });

  test("kill while typing: every answer saved before the kill is there after it, nothing garbled", async ({
    baseURL,
    launchOptions,
  }) => {
    const text = "Fixed-point and mobile testing along high-speed lines, typed while the browser dies. ";
    for (let trial = 0; trial < TRIALS; trial++) {
      const dir = await mkdtemp(join(tmpdir(), "cc-kill-typing-"));
      try {
        let profile = await openProfile(dir, { baseURL, launchOptions });
        let page = await profile.context.newPage();
        await page.goto("/en/assess/new/");
        await expect(page).toHaveURL(/id=/);
        const url = page.url();
        const description = page.locator('[data-question="project_description"] textarea');
        await description.click();
        await page.keyboard.type("Confirmed: ");
        await expect(page.locator('[data-save-status="saved"]')).toBeVisible();
        const typing = page.keyboard.type(text, { delay: 10 }).catch(() => undefined);
        // Kill at a different point of the typing in each trial.
        await expect(description).toHaveValue(new RegExp(`^Confirmed: .{${4 + trial * 17}}`));
        await kill(profile);
        await typing;

        profile = await openProfile(dir, { baseURL, launchOptions });
        page = await profile.context.newPage();
        await page.goto(url);
        const kept = await page.locator('[data-question="project_description"] textarea').inputValue();
        expect(kept.startsWith("Confirmed: "), kept).toBe(true);
        expect(`Confirmed: ${text}`.startsWith(kept), kept).toBe(true);
        await profile.context.close();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
  });

  test("kill during Complete: the assessment is either a whole draft or a whole, consistent completed one", async ({
    baseURL,
    launchOptions,
  }) => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const dir = await mkdtemp(join(tmpdir(), "cc-kill-complete-"));
      try {
        let profile = await openProfile(dir, { baseURL, launchOptions });
        let page = await profile.context.newPage();
        const draft = readyDraft();
        await importRecords(page, [draft]);
        await page.goto(`/en/assess/?id=${draft.id}`);
        await driver(page, "en").expectStep("review");
        const complete = page.getByRole("button", { name: en.assess.complete, exact: true });
        await complete.click();
        // Kill at once, a frame later, or as the summary opens.
        if (trial === 1) await page.evaluate(() => new Promise(requestAnimationFrame));
        if (trial === 2) await expect(page).toHaveURL(/\/summary\//);
        await kill(profile);

        profile = await openProfile(dir, { baseURL, launchOptions });
        page = await profile.context.newPage();
        await page.goto(`/en/summary/?id=${draft.id}`);
        await expect(page.locator("[data-decision]")).toBeVisible();
        await expect(page.getByText(en.integrity.banner.title)).toHaveCount(0);
        const stored = (await storedRecord(page, draft.id)) as Assessment;
        expect(stored.answers).toEqual(draft.answers);
        if (stored.status === "completed") {
          expect(stored.fingerprint).toBe(await fingerprint(stored));
          await expect(page.locator("[data-decision]")).toHaveAttribute("data-level", "low");
        } else expect(stored.summary).toBeUndefined();
        await profile.context.close();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
  });
});

for (const locale of ["en", "zh"] as const) {
  test(`issue 24 item 4: Complete while another tab keeps typing says it waits, then completes what was typed (${locale})`, async ({
    page,
    context,
  }) => {
    const ui = UI[locale];
    const draft = readyDraft();
    await importRecords(page, [draft], locale);
    const a = page;
    const b = await context.newPage();
    // Tab A hears tab B's saves late: its Complete meets answers it has not seen yet.
    await holdMessages(a);
    await a.goto(`/${locale}/assess/?id=${draft.id}`);
    await driver(a, locale).expectStep("review");
    await setHold(a, true);
    await b.goto(`/${locale}/assess/?id=${draft.id}`);
    await b.getByRole("button", { name: /^1\./ }).click();
    await driver(b, locale).expectStep("basics");
    const description = b.locator('[data-question="project_description"] textarea');
    await description.click();
    await b.keyboard.press("End");
    await b.keyboard.type(" and", { delay: 20 });
    await expect(b.locator('[data-save-status="saved"]')).toBeVisible();
    const more = " the glossary, typed on without a pause while the other tab completes";
    const typing = b.keyboard.type(more, { delay: 40 });

    await a.getByRole("button", { name: ui.assess.complete, exact: true }).click();
    await expect(a.getByTestId("completion-status")).toHaveText(ui.assess.waitingForOtherTab);
    await setHold(a, false);
    await typing;
    await expect(a).toHaveURL(/\/summary\/\?id=/);
    await expect(a.locator("[data-decision]")).toHaveAttribute("data-level", "low");
    const stored = (await storedRecord(a, draft.id)) as Assessment;
    expect(stored.status).toBe("completed");
    expect(stored.answers.project_description).toBe(
      `${String(draft.answers.project_description)} and${more}`,
    );
    await expect(b.getByRole("alert").filter({ hasText: ui.assess.save.completedElsewhere })).toBeVisible();
  });
}
