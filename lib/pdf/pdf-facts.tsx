import { View } from "@react-pdf/renderer";

import { answerText, type PdfContext } from "./pdf-context";
import { styles } from "./styles";
import { Text } from "./pdf-text";

const joinAnswers = (ctx: PdfContext, ids: readonly string[]) =>
  ids
    .filter((id) => ctx.assessment.answers[id] !== undefined)
    .map((id) => answerText(ctx, id))
    .join(", ") || ctx.t("notAnswered");

/** The title block: who assessed which commission, when, against which checklist version. */
export function Facts({ ctx }: { ctx: PdfContext }) {
  const { assessment, summary, t, text } = ctx;
  const completed = assessment.completedAt
    ? new Intl.DateTimeFormat(text.locale === "zh" ? "zh-CN" : "en", {
        dateStyle: "long",
        timeStyle: "short",
      }).format(new Date(assessment.completedAt))
    : undefined;
  const rows: [string, string][] = [
    [t("project"), joinAnswers(ctx, ["project_name"])],
    [t("company"), joinAnswers(ctx, ["your_company"])],
    [t("counterparty"), joinAnswers(ctx, ["client_name", "client_country"])],
    [t("endClient"), joinAnswers(ctx, ["end_client_declared"])],
    [t("assessor"), joinAnswers(ctx, ["assessor_name", "assessor_role"])],
    [t("date"), summary.date],
    ...(completed ? [[t("completedAt"), completed] as [string, string]] : []),
    [t("status"), assessment.status === "completed" ? t("statusCompleted") : t("statusDraft")],
    [t("checklistVersion"), assessment.checklistVersion],
    [t("completenessLabel"), `${summary.completeness}%`],
    ...(assessment.fingerprint ? [[t("fingerprint"), assessment.fingerprint] as [string, string]] : []),
  ];
  return (
    <View style={styles.facts}>
      {rows.map(([label, value]) => (
        <View key={label} style={styles.factRow}>
          <Text style={styles.factLabel}>{label}</Text>
          <Text style={styles.factValue}>{value}</Text>
        </View>
      ))}
    </View>
  );
}
