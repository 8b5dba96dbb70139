import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { evaluateRisk, triggersOf } from "@/lib/risk/evaluate-risk";
import { patternFlags } from "@/lib/risk/rules";

import { keyPaths } from "@/lib/i18n/message-keys";

import { CATALOGUE_SLUGS } from "./catalogue-slugs";
import { LAWS, type LawId } from "./laws";
import { getChecklistMessages } from "./message-files";
import {
  ANSWER_KEYS,
  NOT_APPLICABLE_KEY,
  approvalKey,
  controlKeys,
  decisionKey,
  flagKeys,
  LEGAL_KEYS,
  levelKey,
  lookupMessage,
  optionKey,
  questionKeys,
  reasonKey,
  REPORTING_KEYS,
  ruleKeys,
  sectionKeys,
  severityKey,
  UNKNOWNS_KEYS,
  unitKey,
  VALIDATION_KEYS,
} from "./messages";
import { candidateAnswers } from "./raising-answers";
import { CHECKLISTS, getChecklist } from "./registry";
import { DECISIONS, LEVELS, SECTION_IDS, SEVERITIES, type Condition, type Question } from "./types";

// Every released version is held to the same integrity rules.
describe.each(Object.keys(CHECKLISTS))("checklist %s", (version) => {
  const checklist = getChecklist(version);
  const questions = checklist.sections.flatMap((s) => s.questions);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const flagIds = new Set(checklist.flags.map((f) => f.id));
  const SLUG = /^[a-z][a-z0-9_]*$/;

  function optionsOf(q: Question): readonly string[] | null {
    if (q.kind === "yesNo") return ["yes", "no", "unknown"];
    if (q.kind === "singleChoice" || q.kind === "multiChoice") return [...q.options, "unknown"];
    return null;
  }

  /** Problems with a condition's references, in the context of question `self` (if a trigger). */
  function conditionProblems(c: Condition, self: string | undefined, before?: ReadonlySet<string>): string[] {
    if ("all" in c) return c.all.flatMap((x) => conditionProblems(x, self, before));
    if ("any" in c) return c.any.flatMap((x) => conditionProblems(x, self, before));
    if ("not" in c) return conditionProblems(c.not, self, before);
    const id = c.question ?? self;
    const q = id === undefined ? undefined : byId.get(id);
    if (!q || id === undefined) return [`unknown question ${String(id)}`];
    if (before && !before.has(id)) return [`${id} is not asked before the question it controls`];
    const options = optionsOf(q);
    const values =
      "equals" in c
        ? [c.equals]
        : "oneOf" in c
          ? c.oneOf
          : "includes" in c
            ? [c.includes]
            : "includesAny" in c
              ? c.includesAny
              : [];
    if (("gte" in c || "gt" in c || "lte" in c || "exceeds" in c) && q.kind !== "number")
      return [`${id} is not a number question`];
    if ("exceeds" in c && byId.get(c.exceeds.question)?.kind !== "number")
      return [`${c.exceeds.question} is not a number question`];
    return values.filter((v) => !options?.includes(v)).map((v) => `${id} has no option ${v}`);
  }

  describe(`checklist ${version} definition`, () => {
    it("has the nine sections in the prescribed order", () => {
      expect(checklist.sections.map((s) => s.id)).toEqual([...SECTION_IDS]);
    });

    it("uses unique snake_case ids for questions, options, flags, controls, approvals and rules", () => {
      const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);
      for (const list of [
        ids(questions),
        ids(checklist.flags),
        ids(checklist.controls),
        ids(checklist.approvals),
        ids(checklist.rules),
      ]) {
        expect(new Set(list).size).toBe(list.length);
        for (const id of list) expect(id).toMatch(SLUG);
      }
      for (const q of questions) {
        const options = optionsOf(q) ?? [];
        expect(new Set(options).size, q.id).toBe(options.length);
        for (const o of options) expect(o, q.id).toMatch(SLUG);
      }
    });

    it("requires only engagement-basics questions, and offers don't-know on every factual question", () => {
      for (const section of checklist.sections) {
        for (const q of section.questions) {
          if (q.required) expect(section.id, q.id).toBe("basics");
          const freeText = q.kind === "text" || q.kind === "longText";
          if (!freeText) expect(q.allowUnknown, q.id).toBe(true);
        }
      }
    });

    it("only references existing questions and options, and conditions only earlier questions", () => {
      const seen = new Set<string>();
      const problems: string[] = [];
      for (const q of questions) {
        if (q.showWhen)
          problems.push(
            ...conditionProblems(q.showWhen, undefined, seen).map((p) => `${q.id} showWhen: ${p}`),
          );
        for (const t of triggersOf(q)) {
          if (!flagIds.has(t.flag)) problems.push(`${q.id} raises unknown flag ${t.flag}`);
          problems.push(...conditionProblems(t.when, q.id).map((p) => `${q.id} → ${t.flag}: ${p}`));
        }
        seen.add(q.id);
      }
      expect(problems).toEqual([]);
    });

    it.runIf(version.localeCompare("2026.3", undefined, { numeric: true }) >= 0)(
      "has no silent options: every option raises a flag (or feeds a trigger) or is marked benign",
      () => {
        const referenced = new Set<string>();
        const walk = (c: Condition, self: string): void => {
          if ("all" in c) return c.all.forEach((x) => walk(x, self));
          if ("any" in c) return c.any.forEach((x) => walk(x, self));
          if ("not" in c) return walk(c.not, self);
          const id = c.question ?? self;
          const values =
            "equals" in c
              ? [c.equals]
              : "oneOf" in c
                ? c.oneOf
                : "includes" in c
                  ? [c.includes]
                  : "includesAny" in c
                    ? c.includesAny
                    : [];
          for (const v of values) referenced.add(`${id}=${v}`);
        };
        for (const q of questions) for (const t of triggersOf(q)) walk(t.when, q.id);
        const silent = questions.flatMap((q) => {
          if (q.kind === "multiChoice" && q.controls) return [];
          const options = q.kind === "yesNo" ? ["yes", "no"] : "options" in q ? q.options : [];
          return options
            .filter((o) => o !== "none" && !referenced.has(`${q.id}=${o}`) && !q.benign?.includes(o))
            .map((o) => `${q.id}=${o}`);
        });
        expect(silent).toEqual([]);
      },
    );

    it("references existing flags and controls from mitigations, approvals and rules", () => {
      const controls = new Set(checklist.controls.map((c) => c.id));
      for (const f of checklist.flags)
        for (const m of f.mitigations) expect(controls.has(m.control), `${f.id}/${m.control}`).toBe(true);
      for (const a of checklist.approvals)
        for (const f of a.flags) expect(flagIds.has(f), `${a.id}/${f}`).toBe(true);
      for (const r of checklist.rules)
        if (r.kind === "pattern")
          for (const f of patternFlags(r.pattern)) expect(flagIds.has(f), `${r.id}/${f}`).toBe(true);
      for (const f of checklist.espionageFlags) expect(flagIds.has(f)).toBe(true);
      const used = new Set(checklist.flags.flatMap((f) => f.mitigations.map((m) => m.control)));
      expect(checklist.controls.filter((c) => !used.has(c.id))).toEqual([]);
    });

    it("has the ten combination rules of reference 4.1, each in the reason precedence", () => {
      const ids = checklist.rules.map((r) => r.id);
      expect(ids).toHaveLength(10);
      expect([...checklist.reasonPrecedence].sort()).toEqual([...ids].sort());
    });

    it("gives every flag a legal basis; never mitigates a prohibitive flag; never raises severity by mitigation", () => {
      for (const f of checklist.flags) {
        expect(f.basis.length, f.id).toBeGreaterThan(0);
        if (f.severity === "prohibitive") expect(f.mitigations, f.id).toEqual([]);
        for (const m of f.mitigations)
          expect(SEVERITIES.indexOf(m.residual), f.id).toBeLessThanOrEqual(SEVERITIES.indexOf(f.severity));
      }
    });

    it("cites only laws of the registry", () => {
      const refs = [...checklist.flags.flatMap((f) => f.basis), ...questions.flatMap((q) => q.basis ?? [])];
      for (const ref of refs) expect(Object.hasOwn(LAWS, ref.law), ref.law).toBe(true);
    });

    it("marks the key questions (end client, data categories, destination, locations), each raising key_unknowns", () => {
      const keys = questions.filter((q) => q.key);
      expect(keys.map((q) => q.id).sort()).toEqual([
        "data_categories",
        "data_destination",
        "end_client_disclosure",
        "locations_near",
      ]);
      for (const q of keys)
        expect(
          triggersOf(q).some((t) => t.flag === "key_unknowns" && "unresolved" in t.when),
          q.id,
        ).toBe(true);
    });
  });

  describe("flag catalogue", () => {
    const referencePath = fileURLToPath(new URL("../../../shared/domain/red-flags.md", import.meta.url));

    it("declares every slug of reference section 4 (A–H); any other flag is this checklist's own addition", () => {
      expect(CATALOGUE_SLUGS.filter((slug) => !flagIds.has(slug))).toEqual([]);
    });

    it.runIf(existsSync(referencePath))("matches the slugs parsed from the reference document", () => {
      const text = readFileSync(referencePath, "utf8");
      const catalogue = text.slice(text.indexOf("## 4."), text.indexOf("### 4.1"));
      const parsed = [...catalogue.matchAll(/^\| `([a-z0-9_]+)` \|/gm)].map((m) => m[1]);
      expect(parsed.length).toBeGreaterThan(70);
      expect([...new Set(parsed)].sort()).toEqual([...CATALOGUE_SLUGS].sort());
    });

    it("can raise every flag by some answer, found by walking the definition", () => {
      const unraisable = checklist.flags
        .filter((flag) => {
          const triggers = questions.flatMap((q) =>
            triggersOf(q)
              .filter((t) => t.flag === flag.id)
              .map((t) => [q, t] as const),
          );
          return !triggers.some(([q, t]) =>
            candidateAnswers(checklist, q, t.when).some((answers) =>
              evaluateRisk(checklist, answers, { date: "2026-01-01" }).flags.some((f) => f.slug === flag.id),
            ),
          );
        })
        .map((f) => f.id);
      expect(unraisable).toEqual([]);
    });
  });

  describe("checklist messages", () => {
    const en = getChecklistMessages(version, "en");
    const zh = getChecklistMessages(version, "zh");

    const usedKeys = [
      ...checklist.sections.flatMap((s) => Object.values(sectionKeys(s.id))),
      ...questions.flatMap((q) => [
        ...Object.values(questionKeys(q)),
        ...(optionsOf(q) ?? []).map((o) => optionKey(q, o)),
      ]),
      ...Object.values(ANSWER_KEYS),
      ...checklist.controls.flatMap((c) => Object.values(controlKeys(c.id))),
      ...(checklist.proceedConditions ?? []).flatMap((c) => Object.values(controlKeys(c.id))),
      ...(questions.some((q) => q.allowNotApplicable) ? [NOT_APPLICABLE_KEY] : []),
      ...(checklist.espionageIndicators ? [REPORTING_KEYS.instead] : []),
      ...(checklist.insteadOfReporting ?? []).map((i) => REPORTING_KEYS.insteadOf(i.id)),
      ...checklist.flags.flatMap((f) => Object.values(flagKeys(f.id))),
      ...checklist.rules.flatMap((r) => Object.values(ruleKeys(r.id))),
      reasonKey({ rule: "base_severity", flags: [] }),
      ...checklist.approvals.map((a) => approvalKey(a.id)),
      ...(Object.keys(LAWS) as LawId[]).map((id) => `laws.${id}`),
      ...questions.flatMap((q) => (q.kind === "number" && q.unit ? [unitKey(q.unit)] : [])),
      ...SEVERITIES.map(severityKey),
      ...LEVELS.map(levelKey),
      ...DECISIONS.map(decisionKey),
      ...Object.values(VALIDATION_KEYS),
      ...Object.values(UNKNOWNS_KEYS),
      REPORTING_KEYS.title,
      ...Object.values(REPORTING_KEYS.reasons),
      REPORTING_KEYS.channels,
      REPORTING_KEYS.regulators,
      REPORTING_KEYS.steps,
      REPORTING_KEYS.disclosure,
      ...Object.values(LEGAL_KEYS),
    ];

    it("has every key the definition uses, non-empty, in English and in Chinese", () => {
      for (const [name, messages] of [
        ["en", en],
        ["zh", zh],
      ] as const) {
        const missing = usedKeys.filter((key) => !lookupMessage(messages, key)?.trim());
        expect(missing, name).toEqual([]);
      }
    });

    it("has identical key sets in both languages, and no key the definition does not use", () => {
      expect(keyPaths(zh).sort()).toEqual(keyPaths(en).sort());
      const used = new Set(usedKeys);
      expect(keyPaths(en).filter((k) => !used.has(k))).toEqual([]);
    });

    it("names the flags in every rule reason through the {flags} argument", () => {
      for (const r of checklist.rules) {
        expect(lookupMessage(en, ruleKeys(r.id).reason)).toContain("{flags}");
        expect(lookupMessage(zh, ruleKeys(r.id).reason)).toContain("{flags}");
      }
    });

    it("writes the Chinese texts in Chinese", () => {
      const latinOnly = keyPaths(zh).filter((k) => !/[\u4e00-\u9fff]/.test(lookupMessage(zh, k) ?? ""));
      expect(latinOnly).toEqual([]);
    });
  });
});
