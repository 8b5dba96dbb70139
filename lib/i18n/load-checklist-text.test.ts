import { describe, expect, it } from "vitest";

import { getChecklistMessages } from "@/lib/checklist/message-files";
import { CHECKLIST_VERSIONS, getChecklist } from "@/lib/checklist/registry";
import { UNKNOWN } from "@/lib/checklist/types";

import { createChecklistText } from "./checklist-text-sync";
import { loadChecklistMessages, loadChecklistText } from "./load-checklist-text";
import { routing } from "./routing";

const LOCALES = routing.locales;

// The app loads texts one version and language at a time, as chunks the registry names; tests
// and scripts read the version folders at once. Both must give the same thing for every version.
describe("loading a checklist version's texts when a page needs them", () => {
  const versions = CHECKLIST_VERSIONS;

  it("each registered version is the folder of its name, and its definition says so", () => {
    for (const version of versions) expect(getChecklist(version).version).toBe(version);
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
    expect(() => getChecklist("1999.1")).toThrow("1999.1");
    await expect(loadChecklistText("1999.1", "en")).rejects.toThrow("1999.1");
  });
});
