import { test } from "@playwright/test";

import { railwayBeforeSigning2026_3 } from "@/test/fixtures/risk/railway";

import { driver } from "../e2e/checklist-driver";

import { printRow, quantiles } from "./report";

const ROUNDS = 120;

test("answer → live-risk update on the full checklist (Chromium)", async ({ page }) => {
  const d = driver(page, "en");
  await d.fillAll(railwayBeforeSigning2026_3);
  await page.locator("[data-step=data]").click();
  await d.expectStep("data");

  // Toggle one data category back and forth: each toggle re-renders the step, re-evaluates the
  // whole checklist and updates the live-risk panel. Timed from the click to the next frame.
  const measure = (selector: string) =>
    page.evaluate(
      async ({ selector, rounds }) => {
        const input = document.querySelector<HTMLInputElement>(selector)!;
        const sync: number[] = [];
        const frame: number[] = [];
        const panel = document.querySelector("[data-live-level]");
        const changed: boolean[] = [];
        for (let i = 0; i < rounds; i++) {
          const before = panel?.textContent;
          const start = performance.now();
          input.click();
          // React flushes a click's update before click() returns: this is event → re-evaluation → DOM.
          sync.push(performance.now() - start);
          changed.push(panel?.textContent !== before);
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          frame.push(performance.now() - start);
        }
        return { sync, frame, updatedEveryTime: changed.every(Boolean) };
      },
      { selector, rounds: ROUNDS },
    );

  await page.evaluate(() => {
    const floor = document.createElement("input");
    floor.type = "checkbox";
    floor.id = "bench-floor";
    document.body.append(floor);
  });
  const floor = await measure("#bench-floor");
  const live = await measure('[data-question="data_categories"] input[value="radio_signals"]');
  console.log(
    `\nAnswer → live risk (${ROUNDS} toggles of a data category on the completed railway draft, ms)`,
  );
  console.log("floor = a plain checkbox with no handler, clicked in the same page");
  printRow("floor: click → DOM", quantiles(floor.sync));
  printRow("answer → live-risk DOM", quantiles(live.sync), quantiles(floor.sync));
  printRow("floor: click → next frame", quantiles(floor.frame));
  printRow("answer → next frame", quantiles(live.frame), quantiles(floor.frame));
  console.log(`live-risk panel changed on every toggle: ${live.updatedEveryTime}`);
});
