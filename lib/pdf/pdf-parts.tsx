import { View } from "@react-pdf/renderer";
import type { ReactNode } from "react";

import { labelled } from "@/lib/i18n/routing";
import type { Level, Severity } from "@/lib/checklist/types";

import type { PdfContext } from "./pdf-context";
import { LEVEL_COLOURS, SEVERITY_COLOURS, styles } from "./styles";
import { Text } from "./pdf-text";

/** A section heading that never ends a page alone. */
export function Heading({ children, level = 2 }: { children: ReactNode; level?: 2 | 3 }) {
  return (
    <Text style={level === 2 ? styles.h2 : styles.h3} minPresenceAhead={40}>
      {children}
    </Text>
  );
}

export function Item({ children }: { children: ReactNode }) {
  // One text with a hanging indent, not a bullet beside a text: a row of two would let the page
  // break leave the bullet alone at the foot of a page and move its text to the next.
  return (
    <Text style={styles.item}>
      {"• "}
      {children}
    </Text>
  );
}

export function SeverityBadge({ severity, label }: { severity: Severity; label: string }) {
  return (
    <View style={[styles.badge, { backgroundColor: SEVERITY_COLOURS[severity] }]}>
      <Text style={styles.badgeText}>{label}</Text>
    </View>
  );
}

export function NoneOr<T>({
  ctx,
  items,
  children,
}: {
  ctx: PdfContext;
  items: readonly T[];
  children: ReactNode;
}) {
  return items.length === 0 ? <Text style={styles.muted}>{ctx.t("none")}</Text> : <>{children}</>;
}

/** Level, decision and the one-sentence reason, white on the level's colour. */
export function DecisionBox({ ctx }: { ctx: PdfContext }) {
  const { summary, text, p, t } = ctx;
  const level: Level = summary.level;
  return (
    <View style={[styles.decision, { backgroundColor: LEVEL_COLOURS[level] }]} wrap={false}>
      <Text style={styles.decisionLevel}>
        {labelled(p("levelLabel"), text.locale)}
        {text.level(level).toUpperCase()}
      </Text>
      <Text style={styles.decisionText}>
        {labelled(p("decisionLabel"), text.locale)}
        {text.decision(summary.decision)}
      </Text>
      <Text>
        <Text style={styles.bold}>{labelled(t("because"), text.locale)}</Text>
        {text.ruleReason(summary.reason.rule, summary.reason.flags)}
      </Text>
    </View>
  );
}

/** On every page: the fingerprint (or the draft warning) and "page x of y". */
export function Footer({ ctx }: { ctx: PdfContext }) {
  const { assessment, p } = ctx;
  return (
    <View style={styles.footer} fixed>
      <Text style={styles.footerFingerprint}>
        {assessment.fingerprint
          ? p("footerFingerprint", { value: assessment.fingerprint })
          : p("footerDraft")}
      </Text>
      <Text render={({ pageNumber, totalPages }) => p("page", { page: pageNumber, pages: totalPages })} />
    </View>
  );
}
