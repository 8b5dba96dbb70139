// Assembling a checklist version from its sections: the flag list and the controls are derived
// from what the sections declare, never listed a second time; and a later version is written as
// changes to an earlier one by question id (insert after, replace, remove), never by position.
import type { Checklist, Control, Flag, FlagSectionId, Question, Section, SectionId } from "./types";

export type ChecklistSpec = Omit<Checklist, "flags" | "controls">;

/** A checklist from its sections: flags in section order (the reference's catalogue order). */
export function defineChecklist(spec: ChecklistSpec): Checklist {
  const flags: Flag[] = spec.sections.flatMap((section) =>
    (section.flags ?? []).map((flag) => ({ ...flag, section: section.id as FlagSectionId })),
  );
  // Every option of a controls question except "none" is a control.
  const controls: Control[] = spec.sections.flatMap((section) =>
    section.questions.flatMap((q) =>
      q.kind === "multiChoice" && q.controls
        ? q.options.filter((o) => o !== "none").map((id) => ({ id }))
        : [],
    ),
  );
  return { ...spec, flags, controls };
}

export type QuestionAmendment = Partial<
  Pick<Question, "showWhen" | "benign" | "allowNotApplicable" | "raises" | "basis">
>;

/** Changes to one section of an earlier version, applied in this order: remove, replace, amend, insert. */
export interface SectionChange {
  readonly section: SectionId;
  readonly remove?: readonly string[];
  /** Questions replacing the question of the same id. */
  readonly replace?: readonly Question[];
  /** Fields changed on questions kept otherwise as they are (visibility, benign options, triggers…). */
  readonly amend?: Readonly<Record<string, QuestionAmendment>>;
  /** Questions inserted after the question `after` (or first, when `after` is null). */
  readonly insert?: readonly { readonly after: string | null; readonly questions: readonly Question[] }[];
  /** Flags added to the section's declarations (after its own). */
  readonly addFlags?: Section["flags"];
  /** Flags replacing the declaration of the same id. */
  readonly replaceFlags?: Section["flags"];
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Checklist change: no ${what}`);
  return value;
}

/** The sections of an earlier version with changes applied by id; unknown ids are an error. */
export function changeSections(sections: readonly Section[], changes: readonly SectionChange[]): Section[] {
  return sections.map((section) => {
    const mine = changes.filter((c) => c.section === section.id);
    if (mine.length === 0) return section;
    let questions = [...section.questions];
    let flags = [...(section.flags ?? [])];
    const indexOf = (id: string) => {
      const i = questions.findIndex((q) => q.id === id);
      if (i < 0) must(undefined, `question ${id} in ${section.id}`);
      return i;
    };
    for (const change of mine) {
      for (const id of change.remove ?? []) questions.splice(indexOf(id), 1);
      for (const q of change.replace ?? []) questions[indexOf(q.id)] = q;
      for (const [id, amendment] of Object.entries(change.amend ?? {}))
        questions[indexOf(id)] = { ...questions[indexOf(id)]!, ...amendment } as Question;
      for (const { after, questions: added } of change.insert ?? [])
        questions.splice(after === null ? 0 : indexOf(after) + 1, 0, ...added);
      for (const f of change.replaceFlags ?? []) {
        const i = flags.findIndex((x) => x.id === f.id);
        if (i < 0) must(undefined, `flag ${f.id} in ${section.id}`);
        flags[i] = f;
      }
      flags = [...flags, ...(change.addFlags ?? [])];
    }
    questions = [...questions];
    return { ...section, questions, flags };
  });
}
