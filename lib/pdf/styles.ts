import { StyleSheet } from "@react-pdf/renderer";

import type { Level, Severity } from "@/lib/checklist/types";

// The same colours as the app (app/globals.css); white text on each passes WCAG AA.
export const LEVEL_COLOURS: Record<Level, string> = {
  low: "#1e6b34",
  medium: "#8a5a00",
  high: "#b3261e",
  critical: "#5c0a0a",
};

export const SEVERITY_COLOURS: Record<Severity, string> = {
  informational: "#3d5a80",
  elevated: "#8a5a00",
  high: "#b3261e",
  prohibitive: "#5c0a0a",
};

const INK = "#1a1a1a";
const MUTED = "#555555";
const RULE = "#c8c8c8";

export const styles = StyleSheet.create({
  page: { paddingTop: 36, paddingBottom: 60, paddingHorizontal: 42, fontSize: 9.5, color: INK },
  // Not on the page: react-pdf re-applies an inherited unitless lineHeight to each copy of a
  // fixed element, so the footer's line height would grow page after page. A unitless
  // lineHeight is resolved against the font size of the node that declares it, so both are
  // set here, and larger text sets its own.
  body: { fontSize: 9.5, lineHeight: 1.4 },
  brand: { fontSize: 8, lineHeight: 1.4, color: MUTED, marginBottom: 4 },
  title: { fontSize: 18, lineHeight: 1.3, fontWeight: 700, marginBottom: 10 },
  h2: { fontSize: 12.5, lineHeight: 1.3, fontWeight: 700, marginTop: 14, marginBottom: 5 },
  h3: { fontSize: 10.5, lineHeight: 1.3, fontWeight: 700, marginTop: 6, marginBottom: 3 },
  muted: { color: MUTED },
  bold: { fontWeight: 700 },
  paragraph: { marginBottom: 4 },
  facts: { borderTopWidth: 1, borderColor: RULE },
  factRow: { flexDirection: "row", borderBottomWidth: 1, borderColor: RULE, paddingVertical: 2.5 },
  factLabel: { width: "28%", color: MUTED, paddingRight: 6 },
  factValue: { width: "72%" },
  decision: { marginTop: 12, padding: 12, color: "#ffffff", borderRadius: 3 },
  decisionLevel: { fontSize: 10.5, fontWeight: 700, letterSpacing: 0.5 },
  decisionText: { fontSize: 17, lineHeight: 1.3, fontWeight: 700, marginVertical: 4 },
  draft: { marginTop: 8, padding: 6, borderWidth: 1, borderColor: "#8a5a00", color: "#5a3a00" },
  reporting: { marginTop: 12, padding: 9, borderWidth: 1.5, borderColor: "#b3261e" },
  badge: { paddingHorizontal: 4, paddingVertical: 1, borderRadius: 2, alignSelf: "flex-start" },
  badgeText: { color: "#ffffff", fontWeight: 700, fontSize: 8.5, lineHeight: 1.4 },
  groupHead: { flexDirection: "row", alignItems: "center", marginTop: 10, marginBottom: 4 },
  flag: { marginBottom: 8, paddingLeft: 8, borderLeftWidth: 3 },
  flagTitle: { fontSize: 10.5, lineHeight: 1.3, fontWeight: 700 },
  flagMeta: { fontSize: 8.5, lineHeight: 1.4, color: MUTED, marginBottom: 2 },
  term: { fontWeight: 700 },
  detail: { marginTop: 2 },
  item: { marginBottom: 2, paddingLeft: 10, textIndent: -10 },
  chartRow: {
    flexDirection: "row",
    alignItems: "center",
    paddingVertical: 2,
    borderBottomWidth: 1,
    borderColor: RULE,
  },
  chartLabel: { width: "30%", paddingRight: 6 },
  chartWorst: { width: "18%" },
  chartBarBox: { width: "36%", flexDirection: "row", alignItems: "center" },
  chartBar: { height: 8 },
  chartCount: { marginLeft: 4, fontSize: 8.5, lineHeight: 1.4 },
  chartAnswered: { width: "16%", textAlign: "right", fontSize: 8.5, lineHeight: 1.4 },
  table: { borderTopWidth: 1, borderColor: RULE },
  signRow: {
    flexDirection: "row",
    borderBottomWidth: 1,
    borderColor: RULE,
    minHeight: 26,
    alignItems: "flex-end",
  },
  signCell: { flex: 1, paddingRight: 6, paddingBottom: 2 },
  answerRow: {
    flexDirection: "row",
    borderBottomWidth: 0.5,
    borderColor: RULE,
    paddingVertical: 2,
    fontSize: 8.5,
  },
  answerBlock: {
    borderBottomWidth: 0.5,
    borderColor: RULE,
    paddingVertical: 2,
    fontSize: 8.5,
    lineHeight: 1.4,
  },
  answerLabel: { width: "45%", paddingRight: 8 },
  answerValue: { width: "55%" },
  disclaimer: { marginTop: 6, fontSize: 8.5, lineHeight: 1.4, color: MUTED },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 42,
    right: 42,
    flexDirection: "row",
    justifyContent: "space-between",
    borderTopWidth: 0.5,
    borderColor: RULE,
    paddingTop: 4,
    fontSize: 7.5,
    color: MUTED,
  },
  footerFingerprint: { flex: 1, paddingRight: 8 },
});
