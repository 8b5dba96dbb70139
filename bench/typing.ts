import type { Page } from "@playwright/test";

/**
 * Keystroke → next frame, `rounds` times, in the input `selector`: the value set and an input
 * event dispatched as typing does, timed until the frame after it has been drawn (ms each).
 */
export function keystrokeFrames(page: Page, selector: string, rounds: number, values: [string, string]) {
  return page.evaluate(
    async ({ selector, rounds, values }) => {
      const input = document.querySelector<HTMLInputElement>(selector)!;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      const times: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const start = performance.now();
        setter.call(input, values[i % 2]!);
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        times.push(performance.now() - start);
      }
      return times;
    },
    { selector, rounds, values },
  );
}
