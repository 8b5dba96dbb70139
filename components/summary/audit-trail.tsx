"use client";

import { useTranslations } from "next-intl";

import { TableScroll } from "@/components/ui/table-scroll";
import type { SummaryView } from "@/lib/summary/summary-view";

/** The audit trail, oldest first, as stored: nothing here can change it. */
export function AuditTrail({ view }: { view: SummaryView }) {
  const t = useTranslations("review");
  const ts = useTranslations("signOff");
  return (
    <section aria-labelledby="audit-title" data-testid="audit-trail">
      <h2 id="audit-title">{t("title")}</h2>
      <p className="muted">{t("lead")}</p>
      <TableScroll labelledBy="audit-title">
        <table className="audit-table">
          <thead>
            <tr>
              <th scope="col">{t("when")}</th>
              <th scope="col">{t("who")}</th>
              <th scope="col">{t("what")}</th>
            </tr>
          </thead>
          <tbody>
            {view.audit.map((e, i) => (
              <tr key={i} data-action={e.action}>
                <td>{e.at}</td>
                <td>{e.who}</td>
                <td>{e.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {view.signOffs.length > 0 ? (
        <>
          <h3>{ts("history")}</h3>
          <ul>
            {view.signOffs.map((s, i) => (
              <li key={i} data-sign-off={s.decision} data-verification={s.verification}>
                <strong>{s.decisionLabel}</strong> — {s.signer}
                <p className={s.verification === "unverified" ? "field__error" : "muted"}>
                  {s.verificationLabel}
                </p>
                {s.comment ? <p>{s.comment}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
