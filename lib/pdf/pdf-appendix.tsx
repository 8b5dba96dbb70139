import { View } from "@react-pdf/renderer";

import { visibleQuestions } from "@/lib/checklist/schema";

import { answerText, type PdfContext } from "./pdf-context";
import { Heading } from "./pdf-parts";
import { styles } from "./styles";
import { Text } from "./pdf-text";

/** Every applicable question with its answer, by section; free text exactly as typed. */
export function Appendix({ ctx }: { ctx: PdfContext }) {
  const { checklist, text, assessment, p } = ctx;
  const shown = new Set(visibleQuestions(checklist, assessment.answers).map((q) => q.id));
  return (
    <View>
      <Text style={styles.title}>{p("appendixTitle")}</Text>
      {checklist.sections.map((section) => (
        <View key={section.id}>
          <Heading>{text.section(section.id)}</Heading>
          {section.questions
            .filter((q) => shown.has(q.id))
            .map((q) => (
              <View
                key={q.id}
                style={q.kind === "longText" ? styles.answerBlock : styles.answerRow}
                wrap={q.kind === "longText"}
              >
                <Text style={q.kind === "longText" ? styles.bold : styles.answerLabel}>
                  {text.questionLabel(q)}
                </Text>
                <Text
                  style={[
                    q.kind === "longText" ? {} : styles.answerValue,
                    assessment.answers[q.id] === undefined ? styles.muted : {},
                  ]}
                >
                  {answerText(ctx, q.id)}
                </Text>
              </View>
            ))}
        </View>
      ))}
    </View>
  );
}
