import { View } from "@react-pdf/renderer";

import { labelled } from "@/lib/i18n/routing";

import type { PdfContext } from "./pdf-context";
import { Heading } from "./pdf-parts";
import { styles } from "./styles";
import { Text } from "./pdf-text";

interface SignRow {
  name: string;
  role: string;
  date: string;
  note: string;
}

/**
 * Sign-off and audit trail as recorded in the app (the same words as the summary page); with
 * no sign-off recorded, lines to sign on paper.
 */
export function SignOffSection({ ctx }: { ctx: PdfContext }) {
  const { p, audit, assessment } = ctx;
  const signOffs = assessment.signOffs ?? [];
  const entries = assessment.audit ?? [];
  const rows: SignRow[] =
    signOffs.length > 0
      ? signOffs.map((s) => ({
          name: s.name,
          role: s.role,
          date: audit.at(s.at),
          note: s.comment
            ? labelled(audit.decision(s.decision), ctx.text.locale) + s.comment
            : audit.decision(s.decision),
        }))
      : [0, 1, 2].map(() => ({ name: "", role: "", date: "", note: "" }));
  return (
    <View>
      <View wrap={false}>
        <Heading>{p("signOffTitle")}</Heading>
        {signOffs.length === 0 ? (
          <Text style={[styles.muted, styles.paragraph]}>{p("signOffEmpty")}</Text>
        ) : null}
        <View style={[styles.table, styles.signRow, styles.muted, { minHeight: 14 }]}>
          <Text style={styles.signCell}>{p("signOffName")}</Text>
          <Text style={styles.signCell}>{p("signOffRole")}</Text>
          <Text style={styles.signCell}>{p("signOffDate")}</Text>
          <Text style={styles.signCell}>
            {signOffs.length > 0 ? p("signOffNote") : p("signOffSignature")}
          </Text>
        </View>
      </View>
      {rows.map((row, i) => (
        <View key={i} style={styles.signRow} wrap={false}>
          <Text style={styles.signCell}>{row.name}</Text>
          <Text style={styles.signCell}>{row.role}</Text>
          <Text style={styles.signCell}>{row.date}</Text>
          <Text style={styles.signCell}>{row.note}</Text>
        </View>
      ))}
      {entries.length > 0 ? (
        <>
          <Heading level={3}>{p("auditTitle")}</Heading>
          {entries.map((entry, i) => (
            <View key={i} style={styles.answerRow} wrap={false}>
              <Text style={[styles.answerLabel, { width: "30%" }]}>{audit.at(entry.at)}</Text>
              <Text style={[styles.answerValue, { width: "70%" }]}>
                {`${audit.who(entry)} · ${audit.event(entry)}`}
              </Text>
            </View>
          ))}
        </>
      ) : null}
    </View>
  );
}
