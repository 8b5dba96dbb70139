// Every e2e test imports `test` from here. The `egress` fixture is automatic: it records every
// request of the browser context and fails the test on any request that leaves the app's own
// origin, on any request that is not a GET, and on any GET whose query string could carry what a
// user typed: the only query a request of this app may have is a record's random id (?id=, ?a=,
// ?b=, a UUID), a built-in example's fixed name (?id=railway) and Next's own cache key (_rsc). Foreign requests are aborted before they go out.
// Tests run with bypassCSP (playwright.config.ts) so that this checks the app's own behaviour:
// with the CSP on, the browser would silently block such requests before Playwright saw them.
// The CSP itself is tested in headers.spec.ts, with bypassCSP off.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

import { isExampleId } from "@/lib/examples/examples";

export type EgressLog = { requests: string[]; offences: string[]; cspViolations: string[] };

const LOCAL_SCHEMES = new Set(["data:", "blob:", "about:"]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The query parameters of a same-origin request that could carry user data, if any. */
function dataInQuery(url: URL): string[] {
  return [...url.searchParams]
    .filter(([name, value]) => name !== "_rsc" && !UUID.test(value) && !(name === "id" && isExampleId(value)))
    .map(([n]) => n);
}

export const test = base.extend<{ egress: EgressLog }>({
  egress: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? "http://localhost").origin;
      const log: EgressLog = { requests: [], offences: [], cspViolations: [] };

      await context.route(
        (url) => !LOCAL_SCHEMES.has(url.protocol) && url.origin !== origin,
        (route) => route.abort("blockedbyclient"),
      );
      context.on("request", (request) => {
        const url = new URL(request.url());
        if (LOCAL_SCHEMES.has(url.protocol)) return;
        log.requests.push(`${request.method()} ${request.url()}`);
        if (url.origin !== origin) log.offences.push(`foreign origin: ${request.method()} ${request.url()}`);
        else if (request.method() !== "GET")
          log.offences.push(`not a GET: ${request.method()} ${request.url()}`);
        else if (dataInQuery(url).length > 0)
          log.offences.push(`data in the query (${dataInQuery(url).join(", ")}): ${request.url()}`);
      });
      context.on("page", (page) => {
        page.on("websocket", (ws) => log.offences.push(`websocket: ${ws.url()}`));
      });
      context.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) log.cspViolations.push(message.text());
      });

      await use(log);

      expect(log.offences, "requests that are not plain GETs of the app's own static files").toEqual([]);
      expect(log.cspViolations, "Content-Security-Policy violations in the console").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Fails on any serious or critical axe finding (WCAG 2.1 A and AA rules), and when the page does
 * not reflow (WCAG 1.4.10): at 320 CSS pixels wide nothing may make the whole page scroll
 * sideways (a wide table scrolls in its own box). axe cannot see this; the browser can.
 */
export async function expectAccessible(page: Page) {
  await expectReflow(page);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Opens `path` as on every visit after the first: the app's service worker installed and
 * controlling the page, which is then served from its cache (the test needs
 * `test.use({ serviceWorkers: "allow" })`). Journeys that start web workers run this way, since
 * the worker's script then comes from the service worker too.
 */
export async function openUnderServiceWorker(page: Page, path: string) {
  await page.goto(path);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 60_000,
  });
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

const REFLOW_WIDTH = 320;

export async function expectReflow(page: Page) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: REFLOW_WIDTH, height: viewport?.height ?? 720 });
  try {
    const wide = await page.evaluate((limit) => {
      const pageWidth = document.documentElement.scrollWidth;
      if (pageWidth <= limit) return null;
      // Name the widest elements, to say what to fix.
      const culprits = [...document.querySelectorAll("body *")]
        .map((el) => ({ el, right: Math.round(el.getBoundingClientRect().right) }))
        .filter(({ right }) => right > limit)
        .sort((a, b) => b.right - a.right)
        .slice(0, 3)
        .map(
          ({ el, right }) =>
            `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} (right edge ${right})`,
        );
      return `page is ${pageWidth}px wide: ${culprits.join(", ")}`;
    }, REFLOW_WIDTH);
    expect(wide, `reflow at ${REFLOW_WIDTH}px on ${page.url()}`).toBeNull();
  } finally {
    if (viewport) await page.setViewportSize(viewport);
  }
}
