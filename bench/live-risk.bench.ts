import { test } from "@playwright/test";

import { railwayBeforeSigning } from "@/lib/risk/fixtures/railway";

import { driver } from "../e2e/checklist-driver";

import { printRow, quantiles } from "./report";

const ROUNDS = 120;

test("answer → live-risk update on the full checklist (Chromium)", async ({ page }) => {
  const d = driver(page, "en");
  await d.fillAll(railwayBeforeSigning);
  await page.locator("[data-step=data]").click();
  await d.expectStep("data");

  // Toggle one data category back and forth: each toggle re-renders the step, re-evaluates the
  // whole checklist and updates the live-risk panel. Timed from the click to the next frame.
  const measure = (selector: string) =>
    page.evaluate(
      async ({ selector, rounds }) => {
        const input = document.querySelector<HTMLInputElement>(selector)!;
        const times: number[] = [];
        for (let i = 0; i < rounds; i++) {
          const start = performance.now();
          input.click();
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          times.push(performance.now() - start);
        }
        return times;
      },
      { selector, rounds: ROUNDS },
    );

  await page.evaluate(() => {
    const floor = document.createElement("input");
    floor.type = "checkbox";
    floor.id = "bench-floor";
    document.body.append(floor);
  });
  const floor = quantiles(await measure("#bench-floor"));
  const live = quantiles(await measure('[data-question="data_categories"] input[value="radio_signals"]'));
  const level = await page.locator("[data-live-level]").getAttribute("data-live-level");
  console.log(
    `\nAnswer → live risk (${ROUNDS} toggles, ms; floor = a plain checkbox click + frame in the same page)`,
  );
  printRow("plain checkbox (floor)", floor);
  printRow("answer → live risk", live, floor);
  console.log(`live level after the toggles: ${level}`);
});
