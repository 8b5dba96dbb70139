import { createRequire } from "node:module";

import { describe, expect, it } from "vitest";

import { getChecklistMessages } from "@/lib/checklist/message-files";
import { CHECKLIST_VERSIONS, getChecklist } from "@/lib/checklist/registry";
import { VALIDATION_KEYS } from "@/lib/checklist/messages";
import { DECISIONS, LEVELS, SEVERITIES, UNITS, UNKNOWN } from "@/lib/checklist/types";

import { checklistTextFrom, type FormChecklistText } from "./checklist-text";
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

// The form's first load, and the pages showing an assessment, read each file through
// scripts/messages-part-loader.cjs (`?form`, `?reading`; next.config.js). What each draws must
// read the same from what it keeps.
const { messagesPart } = createRequire(import.meta.url)("../../scripts/messages-part-loader.cjs") as {
  messagesPart: (source: string, part: "form" | "reading") => string;
};

describe("the assessment form's part of a version's texts", () => {
  const formMessages = (source: string) => messagesPart(source, "form");

  it.each(CHECKLIST_VERSIONS.flatMap((v) => LOCALES.map((l) => [v, l] as const)))(
    "%s in %s: every section, question, option, unit, level, severity, decision and validation message reads the same",
    (version, locale) => {
      const all = getChecklistMessages(version, locale);
      const kept = JSON.parse(formMessages(JSON.stringify(all))) as typeof all;
      expect(Object.keys(kept)).not.toContain("flags");
      expect(JSON.stringify(kept).length).toBeLessThan(JSON.stringify(all).length * 0.7);
      const full = createChecklistText(version, locale);
      const form: FormChecklistText = checklistTextFrom(kept, version, locale);
      const read = (text: FormChecklistText) =>
        getChecklist(version).sections.flatMap((section) => [
          text.section(section.id),
          text.sectionIntro(section.id),
          ...section.questions.flatMap((q) => [
            text.questionLabel(q),
            text.questionHelp(q),
            text.questionBasis(q),
            ...("options" in q ? [...q.options, UNKNOWN].map((o) => text.option(q, o)) : []),
          ]),
        ]);
      expect(read(form)).toEqual(read(full));
      const words = (text: FormChecklistText) => [
        ...UNITS.map(text.unit),
        ...LEVELS.map(text.level),
        ...SEVERITIES.map(text.severity),
        ...DECISIONS.map(text.decision),
        ...Object.values(VALIDATION_KEYS).map((key) => text.t(key, { min: 1, max: 2, limit: 3, count: 4 })),
      ];
      expect(words(form)).toEqual(words(full));
    },
  );
});

describe("the part of a version's texts that the pages showing an assessment read", () => {
  it.each(CHECKLIST_VERSIONS.flatMap((v) => LOCALES.map((l) => [v, l] as const)))(
    "%s in %s: everything but each question's help and the validation messages",
    (version, locale) => {
      const all = getChecklistMessages(version, locale);
      const kept = JSON.parse(messagesPart(JSON.stringify(all), "reading")) as Record<string, unknown>;
      const withoutFormTexts = structuredClone(all) as Record<string, unknown>;
      delete withoutFormTexts.validation;
      for (const q of Object.values((withoutFormTexts.questions ?? {}) as Record<string, { help?: string }>))
        delete q.help;
      expect(kept).toEqual(withoutFormTexts);
      expect(Object.keys(kept).sort()).toEqual(
        Object.keys(all)
          .filter((k) => k !== "validation")
          .sort(),
      );
    },
  );
});
