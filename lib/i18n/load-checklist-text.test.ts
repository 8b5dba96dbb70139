import { describe, expect, it } from "vitest";

import { LOADABLE_CHECKLIST_VERSIONS, loadChecklist } from "@/lib/checklist/load";
import { getChecklistMessages } from "@/lib/checklist/message-files";
import { CHECKLISTS, getChecklist } from "@/lib/checklist/registry";
import { UNKNOWN } from "@/lib/checklist/types";

import { createChecklistText } from "./checklist-text-sync";
import { loadChecklistMessages, loadChecklistText } from "./load-checklist-text";
import { routing } from "./routing";

const LOCALES = routing.locales;

// The app loads definitions and texts one version and language at a time; tests and scripts
// import them all. Both must give the same thing for every registered version.
describe("loading a checklist version when a page needs it", () => {
  const versions = Object.keys(CHECKLISTS);

  it("knows every version of the registry, and no other", () => {
    expect([...LOADABLE_CHECKLIST_VERSIONS].sort()).toEqual([...versions].sort());
  });

  it.each(versions)("loads checklist %s to the registry's definition", async (version) => {
    expect(await loadChecklist(version)).toBe(getChecklist(version));
  });

  it.each(versions.flatMap((v) => LOCALES.map((l) => [v, l] as const)))(
    "loads the texts of %s in %s to the same messages as the files imported at once",
    async (version, locale) => {
      expect(await loadChecklistMessages(version, locale)).toEqual(getChecklistMessages(version, locale));
      const loaded = await loadChecklistText(version, locale);
      const q = getChecklist(version).sections[0]!.questions[0]!;
      expect(loaded.questionLabel(q)).toBe(createChecklistText(version, locale).questionLabel(q));
      expect(loaded.option(q, UNKNOWN)).toBe(createChecklistText(version, locale).option(q, UNKNOWN));
    },
  );

  it("rejects a version this build does not know, with its name", async () => {
    await expect(loadChecklist("1999.1")).rejects.toThrow("1999.1");
    await expect(loadChecklistText("1999.1", "en")).rejects.toThrow("1999.1");
  });
});
