// The risk summary as a PDF document (reference 5.3): it draws the summary view model
// (lib/summary/summary-view.ts) in the model's language, and adds only what a printed file needs:
// the running footer, lines to sign on paper, the disclaimer.
import type { Level, Severity } from "@/lib/checklist/types";
import type { Translate } from "@/lib/base/locale";
import { joinList, PROFILES } from "@/lib/i18n/profile";
import { labelled, parenthesised } from "@/lib/i18n/routing";
import type { ScreeningView } from "@/lib/screening/record-view";
import type { FlagView, SummaryView } from "@/lib/summary/summary-view";

import type { Block, Inline, PdfDocument, Span } from "./layout/document";
import { MUTED } from "./layout/render";

// The same colours as the app (app/globals.css); white text on each passes WCAG AA.
const LEVEL_COLOURS: Record<Level, string> = {
  low: "#1e6b34",
  medium: "#8a5a00",
  high: "#b3261e",
  critical: "#5c0a0a",
};

const SEVERITY_COLOURS: Record<Severity, string> = {
  informational: "#3d5a80",
  elevated: "#8a5a00",
  high: "#b3261e",
  prohibitive: "#5c0a0a",
};

const SMALL = 8.5;

/** `t`: texts of the `summary` namespace; `p`: of the `pdf` namespace, both in the view's language. */
export function summaryDocument(view: SummaryView, t: Translate, p: Translate): PdfDocument {
  const fact = (id: string) => view.facts.find((f) => f.id === id)?.value;
  const fingerprint = fact("fingerprint");
  const title = view.project ? p("documentTitleFor", { project: view.project }) : p("documentTitle");
  const label = (s: string) => labelled(s, view.locale);
  const bold = (text: string): Span => ({ text, bold: true });
  const heading = (text: string, level: 2 | 3 = 2): Block => ({ kind: "heading", text, level });
  const noneOr = (count: number, blocks: Block[]): Block[] =>
    count === 0 ? [{ kind: "paragraph", text: t("none"), color: MUTED }] : blocks;
  const list = (items: Inline[]): Block => ({ kind: "list", items });

  return {
    lang: view.lang,
    title,
    subject: p("subtitle"),
    footer: {
      text: fingerprint
        ? p("footerFingerprint", { value: fingerprint })
        : view.isExample
          ? p("footerExample")
          : p("footerDraft"),
      pageNumbers: (page, pages) => p("page", { page, pages }),
    },
    blocks: [
      { kind: "paragraph", text: p("subtitle"), size: 8, color: MUTED, spaceAfter: 4 },
      { kind: "title", text: title },
      {
        kind: "table",
        columns: [0.28, 0.72],
        rows: view.facts.map((f) => [{ text: f.label, color: MUTED }, f.value]),
      },
      {
        kind: "box",
        keepTogether: true,
        fill: LEVEL_COLOURS[view.verdict.level],
        color: "#ffffff",
        padding: 12,
        spaceBefore: 12,
        blocks: [
          {
            kind: "paragraph",
            text: label(p("levelLabel")) + view.verdict.levelLabel.toUpperCase(),
            size: 10.5,
            bold: true,
          },
          {
            kind: "paragraph",
            text: label(p("decisionLabel")) + view.verdict.decisionLabel,
            size: 17,
            lineHeight: 1.3,
            bold: true,
            spaceBefore: 4,
            spaceAfter: 4,
          },
          { kind: "paragraph", text: [bold(label(t("because"))), view.verdict.reason] },
        ],
      },
      ...(view.status === "draft"
        ? [
            {
              kind: "box",
              border: "#8a5a00",
              color: "#5a3a00",
              padding: 6,
              spaceBefore: 8,
              blocks: [{ kind: "paragraph", text: t("draftNote") }],
            } satisfies Block,
          ]
        : []),
      ...(view.reporting
        ? [
            {
              kind: "box",
              border: "#b3261e",
              borderWidth: 1.5,
              padding: 9,
              spaceBefore: 12,
              blocks: [
                { kind: "heading", level: 3, text: view.reporting.title, spaceBefore: 0 },
                list(view.reporting.reasons),
                ...view.reporting.paragraphs.map((text): Block => ({
                  kind: "paragraph",
                  text,
                  spaceAfter: 4,
                })),
              ],
            } satisfies Block,
          ]
        : []),

      ...(view.insteadOfReporting
        ? [heading(t("insteadTitle")), { kind: "paragraph", text: view.insteadOfReporting } satisfies Block]
        : []),
      ...(view.scopeAdditions
        ? [
            heading(t("scopeTitle")),
            {
              kind: "paragraph",
              text: t("scopeLead", { additions: view.scopeAdditions.additions }),
            } satisfies Block,
            ...(view.scopeAdditions.flags
              ? [
                  {
                    kind: "paragraph",
                    text: t("scopeAddedFlags", { flags: view.scopeAdditions.flags }),
                  } satisfies Block,
                ]
              : []),
            {
              kind: "paragraph",
              text: bold(
                label(t("scopeOriginal")) +
                  joinList([view.scopeAdditions.levelLabel, view.scopeAdditions.decisionLabel], view.locale),
              ),
            } satisfies Block,
          ]
        : []),
      ...(view.whatWouldChange
        ? [
            heading(t("changeTitle")),
            ...(view.whatWouldChange.length === 0
              ? [{ kind: "paragraph", text: t("changeNone") } satisfies Block]
              : [
                  {
                    kind: "paragraph",
                    text: view.whatWouldChange.every((c) => c.client)
                      ? t("changeClientLead")
                      : t("changeLead"),
                    color: MUTED,
                    spaceAfter: 4,
                  } satisfies Block,
                  {
                    kind: "list",
                    ordered: true,
                    items: view.whatWouldChange.map((change) => [
                      change.answers
                        .map((a) => `${a.label}${a.answer}`)
                        .join(PROFILES[view.locale].clauseSeparator),
                      PROFILES[view.locale].sentenceEnd,
                      bold(
                        label(t("changeReaches")) +
                          change.levelLabel +
                          PROFILES[view.locale].listSeparator +
                          change.decisionLabel,
                      ),
                    ]),
                  } satisfies Block,
                ]),
          ]
        : []),

      heading(t("flagsTitle")),
      ...(view.flagGroups.length === 0
        ? [{ kind: "paragraph", text: t("noFlags") } satisfies Block]
        : view.flagGroups.flatMap((group): Block[] => [
            {
              kind: "heading",
              level: 3,
              size: 9.5,
              lineHeight: 1.4,
              spaceBefore: 10,
              spaceAfter: 4,
              text: [{ text: group.label, badge: SEVERITY_COLOURS[group.severity] }, " ", bold(group.count)],
            },
            ...group.flags.map((flag) => flagBlock(flag, t, view.locale)),
          ])),

      heading(t("rulesTitle")),
      ...noneOr(view.rules.length, [list(view.rules.map((r) => [bold(r.title), r.level, r.flags]))]),
      heading(t("approvalsTitle")),
      ...noneOr(view.approvals.length, [
        list(view.approvals.map((a) => [a.label, { text: a.flags, color: MUTED }])),
      ]),
      heading(t("conditionsTitle")),
      ...noneOr(view.conditions.length, [list(view.conditions.map((c) => c.text))]),
      ...(view.contradictions ?? []).map(
        (text) => ({ kind: "paragraph", text, color: MUTED }) satisfies Block,
      ),
      heading(t("unknownsTitle")),
      ...noneOr(view.unknowns.items.length, [
        ...(view.unknowns.effect
          ? [{ kind: "paragraph", text: view.unknowns.effect, color: MUTED, spaceAfter: 4 } satisfies Block]
          : []),
        list(
          view.unknowns.items.map((u) => [
            `${u.section}${u.label}${PROFILES[view.locale].dash}${u.status}`,
            ...(u.key ? [bold(parenthesised(t("keyUnknown"), view.locale))] : []),
          ]),
        ),
      ]),

      {
        kind: "keep",
        blocks: [
          heading(t("sectionsTitle")),
          { kind: "paragraph", text: view.sections.completeness, spaceAfter: 4 },
          {
            kind: "table",
            columns: [0.3, 0.18, 0.36, 0.16],
            header: [t("sectionCol"), t("worstCol"), t("countCol"), t("answeredCol")],
            rows: view.sections.rows.map((row) => [
              row.label,
              row.worst ? [{ text: row.worst.label, badge: SEVERITY_COLOURS[row.worst.severity] }] : "—",
              {
                bars: row.parts.map((part) => ({
                  value: part.share,
                  color: SEVERITY_COLOURS[part.severity],
                })),
                max: 1,
                label: String(row.total),
              },
              row.answered,
            ]),
          },
        ],
      },

      ...(view.screening ? screeningBlocks(view.screening) : []),

      ...signOffBlocks(view, p),

      {
        kind: "keep",
        blocks: [
          heading(p("disclaimerTitle")),
          { kind: "paragraph", text: p("disclaimer"), size: SMALL, color: MUTED, spaceBefore: 6 },
          {
            kind: "paragraph",
            text: p("generated", { date: fact("date") ?? "", version: fact("checklistVersion") ?? "" }),
            size: SMALL,
            color: MUTED,
            spaceBefore: 6,
          },
        ],
      },

      { kind: "pageBreak" },
      { kind: "title", text: p("appendixTitle") },
      ...view.answersBySection.flatMap((section): Block[] => [
        heading(section.label),
        ...section.rows.map((row): Block => {
          const answer: Span = { text: row.answer, ...(row.answered ? {} : { color: MUTED }) };
          // Free text may run over pages: label, then the text as a paragraph.
          return row.long
            ? {
                kind: "box",
                blocks: [
                  { kind: "paragraph", text: row.label, bold: true, size: SMALL, spaceBefore: 2 },
                  { kind: "paragraph", text: [answer], size: SMALL, spaceAfter: 2 },
                ],
              }
            : {
                kind: "table",
                columns: [0.45, 0.55],
                rules: true,
                size: SMALL,
                rows: [[row.label, [answer]]],
              };
        }),
      ]),
    ],
  };
}

function flagBlock(flag: FlagView, t: Translate, locale: SummaryView["locale"]): Block {
  const label = (s: string) => labelled(s, locale);
  const severity =
    label(t("inherent")) +
    flag.inherent.label +
    (flag.residual ? ` → ${label(t("residual"))}${flag.residual.label}` : "");
  const detail = (term: string, text: string): Block => ({
    kind: "paragraph",
    text: [{ text: label(term), bold: true }, text],
    spaceBefore: 2,
  });
  return {
    kind: "box",
    leftRule: SEVERITY_COLOURS[(flag.residual ?? flag.inherent).severity],
    spaceAfter: 8,
    blocks: [
      { kind: "heading", level: 3, text: flag.title, spaceBefore: 0, spaceAfter: 0 },
      {
        kind: "paragraph",
        text: `${severity} · ${flag.mitigable}`,
        size: SMALL,
        color: MUTED,
        spaceAfter: 2,
      },
      { kind: "paragraph", text: flag.finding },
      {
        kind: "heading",
        level: 3,
        text: t("answered"),
        size: 9.5,
        lineHeight: 1.4,
        spaceBefore: 2,
        spaceAfter: 0,
      },
      { kind: "list", items: flag.answered.map((a) => [a.label, { text: a.answer }]) },
      detail(t("why"), flag.why),
      detail(t("basis"), flag.basis),
      detail(t("action"), flag.action),
      ...(flag.controls ? [detail(t("controls"), flag.controls)] : []),
    ],
  };
}

// A confirmed match in the colour of a high flag; a dismissed one muted; one still open amber.
const DECISION_COLOURS = { confirmed: "#b3261e", dismissed: MUTED, pending: "#8a5a00" } as const;

/** The screening record: outcome per list question, the dated lists, the names, every match. */
function screeningBlocks(s: ScreeningView): Block[] {
  const subheading = (text: string): Block => ({
    kind: "heading",
    level: 3,
    text,
    size: 9.5,
    lineHeight: 1.4,
  });
  return [
    { kind: "heading", text: s.title },
    { kind: "paragraph", text: s.screenedAt, color: MUTED, spaceAfter: 4 },
    subheading(s.outcomesTitle),
    { kind: "list", items: s.outcomes.map((o) => [{ text: o.question, bold: true }, o.text]) },
    subheading(s.listsTitle),
    {
      kind: "table",
      columns: [0.36, 0.22, 0.14, 0.28],
      size: SMALL,
      rows: s.lists.map((l) => [l.dated, l.scope, l.entities, { text: l.sha256, color: MUTED }]),
    },
    subheading(s.namesTitle),
    {
      kind: "list",
      items: s.names.map((n) => [
        n.label,
        { text: n.name, bold: true },
        ...(n.note ? [{ text: n.note, color: MUTED }] : []),
      ]),
    },
    ...(s.hits.length > 0 ? [subheading(s.hitsTitle)] : []),
    ...s.hits.map((hit): Block => ({
      kind: "box",
      keepTogether: true,
      leftRule: DECISION_COLOURS[hit.decision],
      spaceAfter: 6,
      blocks: [
        { kind: "paragraph", text: hit.heading, bold: true },
        {
          kind: "paragraph",
          text: [{ text: hit.decisionLabel, bold: true }, ...(hit.reason ? [hit.reason] : [])],
          spaceAfter: 2,
        },
        {
          kind: "table",
          columns: [0.28, 0.72],
          rules: false,
          size: SMALL,
          rows: hit.details.map((d) => [{ text: d.label, color: MUTED }, d.value]),
        },
      ],
    })),
  ];
}

/** Sign-offs as recorded in the app, then the audit trail; with none recorded, lines to sign. */
function signOffBlocks(view: SummaryView, p: Translate): Block[] {
  const recorded = view.signOffs.length > 0;
  const label = (s: string) => labelled(s, view.locale);
  return [
    {
      kind: "keep",
      blocks: [
        { kind: "heading", text: p("signOffTitle") },
        ...(recorded
          ? []
          : [{ kind: "paragraph", text: p("signOffEmpty"), color: MUTED, spaceAfter: 4 } satisfies Block]),
        recorded
          ? {
              kind: "table",
              columns: [0.5, 0.5],
              header: [`${p("signOffName")} · ${p("signOffRole")} · ${p("signOffDate")}`, p("signOffNote")],
              // The decision (or "Unverified sign-off" in its place), what its signature says, the comment.
              rows: view.signOffs.map((s) => [
                s.signer,
                label(s.decisionLabel) +
                  (s.comment ? label(s.verificationLabel) + s.comment : s.verificationLabel),
              ]),
            }
          : {
              kind: "table",
              columns: [0.25, 0.25, 0.25, 0.25],
              header: [p("signOffName"), p("signOffRole"), p("signOffDate"), p("signOffSignature")],
              rows: [0, 1, 2].map(() => ["", "", "", ""]),
              minRowHeight: 26,
              bottomAlign: true,
            },
      ],
    },
    ...(view.audit.length > 0
      ? [
          { kind: "heading", level: 3, text: p("auditTitle") } satisfies Block,
          {
            kind: "table",
            columns: [0.3, 0.7],
            rows: view.audit.map((entry) => [entry.at, `${entry.who} · ${entry.what}`]),
          } satisfies Block,
        ]
      : []),
  ];
}
