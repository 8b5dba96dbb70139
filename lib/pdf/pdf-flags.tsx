import { View } from "@react-pdf/renderer";

import { compareSeverity, SEVERITIES } from "@/lib/checklist/types";
import { labelled, parenthesised } from "@/lib/i18n/routing";
import type { RaisedFlag } from "@/lib/risk/evaluate-risk";

import { formatAnswer, type PdfContext } from "./pdf-context";
import { Item, SeverityBadge } from "./pdf-parts";
import { SEVERITY_COLOURS, styles } from "./styles";
import { Text } from "./pdf-text";

/** A heading keeps at least this much (pt: two lines, the fewest a text splits into) of what follows on its page. */
const KEEP_WITH_NEXT = 30;

/** Raised flags grouped by residual severity, worst first, each with why, basis and action. */
export function FlagGroups({ ctx }: { ctx: PdfContext }) {
  const { summary, t, text } = ctx;
  if (summary.flags.length === 0) return <Text>{t("noFlags")}</Text>;
  const groups = [...SEVERITIES]
    .sort((a, b) => compareSeverity(b, a))
    .map((severity) => ({ severity, flags: summary.flags.filter((f) => f.residual === severity) }))
    .filter((g) => g.flags.length > 0);
  return (
    <>
      {groups.map((group) => (
        <View key={group.severity}>
          <View style={styles.groupHead} minPresenceAhead={60}>
            <SeverityBadge severity={group.severity} label={text.severity(group.severity)} />
            <Text style={styles.bold}>{parenthesised(String(group.flags.length), text.locale)}</Text>
          </View>
          {group.flags.map((flag) => (
            <FlagBlock key={flag.slug} ctx={ctx} flag={flag} />
          ))}
        </View>
      ))}
    </>
  );
}

function FlagBlock({ ctx, flag }: { ctx: PdfContext; flag: RaisedFlag }) {
  const { t, text } = ctx;
  const copy = text.flag(flag.slug);
  const inherent = labelled(t("inherent"), text.locale) + text.severity(flag.inherent);
  const severity =
    flag.residual !== flag.inherent
      ? `${inherent} → ${labelled(t("residual"), text.locale)}${text.severity(flag.residual)}`
      : inherent;
  return (
    <View style={[styles.flag, { borderColor: SEVERITY_COLOURS[flag.residual] }]}>
      <Text style={styles.flagTitle} minPresenceAhead={30}>
        {copy.title}
      </Text>
      <Text style={styles.flagMeta}>
        {severity} · {flag.mitigable ? t("mitigable") : t("notMitigable")} · {flag.slug}
      </Text>
      <Text>{copy.finding}</Text>
      <Text style={[styles.term, styles.detail]} minPresenceAhead={KEEP_WITH_NEXT}>
        {t("answered")}
      </Text>
      {flag.triggers.map((trigger) => {
        const q = ctx.questions.get(trigger.question);
        return (
          <Item key={trigger.question}>
            {labelled(q ? text.questionLabel(q) : trigger.question, text.locale)}
            <Text style={styles.bold}>{formatAnswer(ctx, trigger.question, trigger.answer)}</Text>
          </Item>
        );
      })}
      <Detail term={labelled(t("why"), text.locale)}>{copy.why}</Detail>
      <Detail term={labelled(t("basis"), text.locale)}>{text.basis(flag.basis) ?? t("none")}</Detail>
      <Detail term={labelled(t("action"), text.locale)}>{copy.action}</Detail>
      {flag.controls.length > 0 ? (
        <Detail term={labelled(t("controls"), text.locale)}>
          {text.list(flag.controls.map((c) => text.control(c).label))}
        </Detail>
      ) : null}
    </View>
  );
}

function Detail({ term, children }: { term: string; children: string }) {
  return (
    <Text style={styles.detail}>
      <Text style={styles.term}>{term}</Text>
      {children}
    </Text>
  );
}
