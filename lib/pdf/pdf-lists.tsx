import { View } from "@react-pdf/renderer";

import { labelled, parenthesised } from "@/lib/i18n/routing";
import { REPORTING_KEYS, UNKNOWNS_KEYS } from "@/lib/checklist/messages";
import { SEVERITIES } from "@/lib/checklist/types";

import type { PdfContext } from "./pdf-context";
import { Heading, Item, NoneOr, SeverityBadge } from "./pdf-parts";
import { SEVERITY_COLOURS, styles } from "./styles";
import { Text } from "./pdf-text";

const flagTitles = (ctx: PdfContext, slugs: readonly string[]) =>
  ctx.text.list(slugs.map((slug) => ctx.text.flag(slug).title));

export function RuleList({ ctx }: { ctx: PdfContext }) {
  const named = ctx.summary.rules.filter((r) => r.id !== "base_severity");
  return (
    <View>
      <Heading>{ctx.t("rulesTitle")}</Heading>
      <NoneOr ctx={ctx} items={named}>
        {named.map((rule) => (
          <Item key={rule.id}>
            <Text style={styles.bold}>{ctx.text.ruleTitle(rule.id)}</Text>
            {labelled(parenthesised(ctx.text.level(rule.level), ctx.text.locale), ctx.text.locale)}
            {flagTitles(ctx, rule.flags)}
          </Item>
        ))}
      </NoneOr>
    </View>
  );
}

export function ApprovalList({ ctx }: { ctx: PdfContext }) {
  const { approvals } = ctx.summary;
  return (
    <View>
      <Heading>{ctx.t("approvalsTitle")}</Heading>
      <NoneOr ctx={ctx} items={approvals}>
        {approvals.map((a) => (
          <Item key={a.id}>
            {ctx.text.approval(a.id)}
            <Text style={styles.muted}>{parenthesised(flagTitles(ctx, a.flags), ctx.text.locale)}</Text>
          </Item>
        ))}
      </NoneOr>
    </View>
  );
}

export function ConditionList({ ctx }: { ctx: PdfContext }) {
  const { conditions } = ctx.summary;
  return (
    <View>
      <Heading>{ctx.t("conditionsTitle")}</Heading>
      <NoneOr ctx={ctx} items={conditions}>
        {conditions.map((c) => (
          <Item key={c.control}>{ctx.text.control(c.control).condition}</Item>
        ))}
      </NoneOr>
    </View>
  );
}

export function UnknownList({ ctx }: { ctx: PdfContext }) {
  const { t, text } = ctx;
  const unknowns = [...ctx.summary.unknowns].sort((a, b) => Number(b.key) - Number(a.key));
  return (
    <View>
      <Heading>{t("unknownsTitle")}</Heading>
      <NoneOr ctx={ctx} items={unknowns}>
        <Text style={[styles.muted, styles.paragraph]}>
          {text.t(unknowns.some((u) => u.key) ? UNKNOWNS_KEYS.effectKey : UNKNOWNS_KEYS.effectOther)}
        </Text>
        {unknowns.map((u) => {
          const q = ctx.questions.get(u.question);
          return (
            <Item key={u.question}>
              {labelled(text.section(u.section), text.locale)}
              {q ? text.questionLabel(q) : u.question} —{" "}
              {text.t(u.status === "unknown" ? UNKNOWNS_KEYS.unknown : UNKNOWNS_KEYS.unanswered)}
              {u.key ? <Text style={styles.bold}>{parenthesised(t("keyUnknown"), text.locale)}</Text> : null}
            </Item>
          );
        })}
      </NoneOr>
    </View>
  );
}

/** Shown when reporting is advised (critical level or suspected espionage). */
export function ReportingGuidance({ ctx }: { ctx: PdfContext }) {
  const { text, summary } = ctx;
  return (
    <View style={styles.reporting}>
      <Text style={[styles.h3, { marginTop: 0 }]}>{text.t(REPORTING_KEYS.title)}</Text>
      {summary.reporting.reasons.map((reason) => (
        <Item key={reason}>{text.t(REPORTING_KEYS.reasons[reason])}</Item>
      ))}
      {[
        REPORTING_KEYS.channels,
        REPORTING_KEYS.regulators,
        REPORTING_KEYS.steps,
        REPORTING_KEYS.disclosure,
      ].map((key) => (
        <Text key={key} style={styles.paragraph}>
          {text.t(key)}
        </Text>
      ))}
    </View>
  );
}

/** Per-section picture: a bar per section, its flags coloured by severity, worst first. */
export function SectionChart({ ctx }: { ctx: PdfContext }) {
  const { summary, t, text } = ctx;
  const sections = summary.sections.filter((s) => s.id !== "basics");
  const total = (s: (typeof sections)[number]) => SEVERITIES.reduce((n, sev) => n + s.counts[sev], 0);
  const most = Math.max(1, ...sections.map(total));
  return (
    <View wrap={false}>
      <Heading>{t("sectionsTitle")}</Heading>
      <Text style={styles.paragraph}>{t("completeness", { percent: summary.completeness })}</Text>
      <View style={[styles.chartRow, styles.muted]}>
        <Text style={styles.chartLabel}>{t("sectionCol")}</Text>
        <Text style={styles.chartWorst}>{t("worstCol")}</Text>
        <Text style={styles.chartBarBox}>{t("countCol")}</Text>
        <Text style={styles.chartAnswered}>{t("answeredCol")}</Text>
      </View>
      {sections.map((s) => (
        <View key={s.id} style={styles.chartRow}>
          <Text style={styles.chartLabel}>{text.section(s.id)}</Text>
          <View style={styles.chartWorst}>
            {s.worst ? <SeverityBadge severity={s.worst} label={text.severity(s.worst)} /> : <Text>—</Text>}
          </View>
          <View style={styles.chartBarBox}>
            {[...SEVERITIES]
              .reverse()
              .map((sev) =>
                s.counts[sev] > 0 ? (
                  <View
                    key={sev}
                    style={[
                      styles.chartBar,
                      { width: `${(s.counts[sev] / most) * 85}%`, backgroundColor: SEVERITY_COLOURS[sev] },
                    ]}
                  />
                ) : null,
              )}
            <Text style={styles.chartCount}>{total(s)}</Text>
          </View>
          <Text style={styles.chartAnswered}>
            {s.answered}/{s.visible}
          </Text>
        </View>
      ))}
    </View>
  );
}
