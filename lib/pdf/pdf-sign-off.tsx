import { View } from "@react-pdf/renderer";

import type { PdfContext } from "./pdf-context";
import { Heading } from "./pdf-parts";
import { styles } from "./styles";
import { Text } from "./pdf-text";

// TODO(issue 5): the assessment gains sign-off and audit-trail fields there; map them to these
// lists in make-summary-pdf.tsx. Until then the section prints empty lines to sign on paper.
export interface SignOffEntry {
  name: string;
  role: string;
  /** As the reader should see it (already formatted). */
  date: string;
  note?: string;
}

export interface AuditEntry {
  /** As the reader should see it (already formatted). */
  at: string;
  event: string;
}

type Props = { ctx: PdfContext; signOff?: readonly SignOffEntry[]; audit?: readonly AuditEntry[] };

/** Sign-off and audit trail: recorded entries when given, otherwise lines to sign by hand. */
export function SignOffSection({ ctx, signOff = [], audit = [] }: Props) {
  const { p } = ctx;
  const rows: SignOffEntry[] =
    signOff.length > 0 ? [...signOff] : [0, 1, 2].map(() => ({ name: "", role: "", date: "" }));
  return (
    <View wrap={false}>
      <Heading>{p("signOffTitle")}</Heading>
      {signOff.length === 0 ? (
        <Text style={[styles.muted, styles.paragraph]}>{p("signOffEmpty")}</Text>
      ) : null}
      <View style={styles.table}>
        <View style={[styles.signRow, styles.muted, { minHeight: 14 }]}>
          <Text style={styles.signCell}>{p("signOffName")}</Text>
          <Text style={styles.signCell}>{p("signOffRole")}</Text>
          <Text style={styles.signCell}>{p("signOffDate")}</Text>
          <Text style={styles.signCell}>{signOff.length > 0 ? p("signOffNote") : p("signOffSignature")}</Text>
        </View>
        {rows.map((row, i) => (
          <View key={i} style={styles.signRow}>
            <Text style={styles.signCell}>{row.name}</Text>
            <Text style={styles.signCell}>{row.role}</Text>
            <Text style={styles.signCell}>{row.date}</Text>
            <Text style={styles.signCell}>{row.note ?? ""}</Text>
          </View>
        ))}
      </View>
      {audit.length > 0 ? (
        <>
          <Heading level={3}>{p("auditTitle")}</Heading>
          {audit.map((entry, i) => (
            <View key={i} style={styles.answerRow}>
              <Text style={[styles.answerLabel, { width: "30%" }]}>{entry.at}</Text>
              <Text style={[styles.answerValue, { width: "70%" }]}>{entry.event}</Text>
            </View>
          ))}
        </>
      ) : null}
    </View>
  );
}
