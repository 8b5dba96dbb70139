import { describe, expect, it } from "vitest";

import type { Messages } from "@/lib/base/locale";
import {
  getChecklistMessages,
  MESSAGE_PARTS,
  type MessagePart,
  messagePartOf,
  readMessagePart,
} from "@/lib/checklist/message-files";
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

// A version's texts are split on disk by who reads them (lib/checklist/registry.ts): the form's
// first load reads the shared and form files, the pages showing an assessment the shared and
// reading files. Each file holds only the keys its part is for, and what each page draws must read
// the same from its part as from every text.
const cases = CHECKLIST_VERSIONS.flatMap((v) => LOCALES.map((l) => [v, l] as const));

/** Every dotted key of a nested message object. */
const keysOf = (messages: Messages, prefix = ""): string[] =>
  Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [prefix + key] : keysOf(value, `${prefix}${key}.`),
  );

/** What lib/checklist/texts/ holds for each reader: the parts it reads, in the order laid. */
const READERS = {
  full: ["shared", "form", "reading"],
  form: ["shared", "form"],
  reading: ["shared", "reading"],
} as const satisfies Record<string, readonly MessagePart[]>;

describe("a version's message files, split by who reads them", () => {
  it.each(cases)("%s in %s: each file holds only keys of its part", (version, locale) => {
    for (const part of Object.keys(MESSAGE_PARTS) as MessagePart[]) {
      const misplaced = keysOf(readMessagePart(version, locale, part) ?? {}).filter(
        (key) => messagePartOf(key) !== part,
      );
      expect(
        misplaced,
        `keys in ${version}/messages/${locale}${MESSAGE_PARTS[part]}.json that belong elsewhere`,
      ).toEqual([]);
    }
  });

  it.each(
    LOCALES.flatMap((l) => (Object.keys(READERS) as (keyof typeof READERS)[]).map((r) => [l, r] as const)),
  )(
    "lib/checklist/texts/%s.%s.ts lists every version's files its reader reads, and no other",
    async (locale, reader) => {
      const { default: listed } = (await import(`@/lib/checklist/texts/${locale}.${reader}.ts`)) as {
        default: Record<string, unknown[]>;
      };
      expect(Object.keys(listed)).toEqual([...CHECKLIST_VERSIONS]);
      for (const version of CHECKLIST_VERSIONS) {
        const onDisk = READERS[reader].map((part) => readMessagePart(version, locale, part)).filter(Boolean);
        expect(listed[version], `${version} in texts/${locale}.${reader}.ts`).toEqual(onDisk);
      }
    },
  );

  it("puts a flag's texts, rules and a control's condition with the summary, and a question's help with the form", () => {
    expect(messagePartOf("flags.end_client_undisclosed.finding")).toBe("reading");
    expect(messagePartOf("rules.railway_pattern.reason")).toBe("reading");
    expect(messagePartOf("controls.end_client_verified.condition")).toBe("reading");
    expect(messagePartOf("controls.end_client_verified.label")).toBe("shared");
    expect(messagePartOf("questions.client_name.help")).toBe("form");
    expect(messagePartOf("questions.client_name.label")).toBe("shared");
    expect(messagePartOf("questions.client_name.options.other")).toBe("shared");
    expect(messagePartOf("validation.required")).toBe("form");
  });
});

describe("the assessment form's part of a version's texts", () => {
  it.each(cases)(
    "%s in %s: every section, question, option, unit, level, severity, decision and validation message reads the same",
    async (version, locale) => {
      const all = getChecklistMessages(version, locale);
      const kept = await loadChecklistMessages(version, locale, "form");
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
  it.each(cases)(
    "%s in %s: everything but each question's help and the validation messages",
    async (version, locale) => {
      const all = getChecklistMessages(version, locale);
      const kept = await loadChecklistMessages(version, locale, "reading");
      expect(keysOf(kept).sort()).toEqual(
        keysOf(all)
          .filter((key) => messagePartOf(key) !== "form")
          .sort(),
      );
      expect(keysOf(kept).some((key) => key.startsWith("flags."))).toBe(true);
      const text = checklistTextFrom(kept, version, locale);
      const full = createChecklistText(version, locale);
      const q = getChecklist(version)
        .sections.flatMap((section) => section.questions)
        .find((question) => full.questionHelp(question) !== undefined)!;
      expect(text.questionLabel(q)).toBe(full.questionLabel(q));
      expect(text.questionHelp(q)).toBeUndefined();
    },
  );
});
