import type { ReactNode } from "react";
import { Document, Page, View } from "@react-pdf/renderer";

import type { PdfContext } from "./pdf-context";
import { Appendix } from "./pdf-appendix";
import { Facts } from "./pdf-facts";
import { FlagGroups } from "./pdf-flags";
import {
  ApprovalList,
  ConditionList,
  ReportingGuidance,
  RuleList,
  SectionChart,
  UnknownList,
} from "./pdf-lists";
import { DecisionBox, Footer, Heading } from "./pdf-parts";
import { SignOffSection } from "./pdf-sign-off";
import { styles } from "./styles";
import { Text } from "./pdf-text";

type Props = { ctx: PdfContext };

/** The risk summary as a document (reference 5.3), in the language of `ctx.text`. */
export function SummaryDocument({ ctx }: Props) {
  const { assessment, summary, p, t } = ctx;
  const project = assessment.answers.project_name;
  const title =
    typeof project === "string" && project ? p("documentTitleFor", { project }) : p("documentTitle");
  return (
    <Document
      title={title}
      subject={p("subtitle")}
      creator="Commission Check"
      producer="Commission Check"
      language={ctx.text.locale === "zh" ? "zh-CN" : "en"}
    >
      {/* The appendix is a page run of its own: react-pdf lays out again all that remains of a
          run for each page it fills, so two runs are faster than one. */}
      <SummaryPage ctx={ctx}>
        <Text style={styles.brand}>{p("subtitle")}</Text>
        <Text style={styles.title}>{title}</Text>
        <Facts ctx={ctx} />
        <DecisionBox ctx={ctx} />
        {assessment.status === "draft" ? <Text style={styles.draft}>{t("draftNote")}</Text> : null}
        {summary.reporting.advised ? <ReportingGuidance ctx={ctx} /> : null}

        <Heading>{t("flagsTitle")}</Heading>
        <FlagGroups ctx={ctx} />
        <RuleList ctx={ctx} />
        <ApprovalList ctx={ctx} />
        <ConditionList ctx={ctx} />
        <UnknownList ctx={ctx} />
        <SectionChart ctx={ctx} />
        <SignOffSection ctx={ctx} />
        <View wrap={false}>
          <Heading>{p("disclaimerTitle")}</Heading>
          <Text style={styles.disclaimer}>{p("disclaimer")}</Text>
          <Text style={styles.disclaimer}>
            {p("generated", { date: summary.date, version: summary.checklistVersion })}
          </Text>
        </View>
      </SummaryPage>
      <SummaryPage ctx={ctx}>
        <Appendix ctx={ctx} />
      </SummaryPage>
    </Document>
  );
}

/** A4 pages with the running footer (fingerprint, page x of y) and the document's font stack. */
function SummaryPage({ ctx, children }: { ctx: PdfContext; children: ReactNode }) {
  return (
    <Page size="A4" style={[styles.page, { fontFamily: ctx.fonts }]}>
      <Footer ctx={ctx} />
      <View style={styles.body}>{children}</View>
    </Page>
  );
}
