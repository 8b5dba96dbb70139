"use client";

import { useLocale, useMessages, useTranslations } from "next-intl";
import { useMemo } from "react";

import { TableScroll } from "@/components/ui/table-scroll";
import type { Assessment } from "@/lib/assessment/assessment";
import { createAuditText } from "@/lib/assessment/audit-text";

/** The audit trail, oldest first, as stored: nothing here can change it. */
export function AuditTrail({ assessment }: { assessment: Assessment }) {
  const t = useTranslations("review");
  const ts = useTranslations("signOff");
  const locale = useLocale();
  const messages = useMessages();
  const audit = useMemo(() => createAuditText(locale, messages), [locale, messages]);
  const entries = assessment.audit ?? [];
  const signOffs = assessment.signOffs ?? [];
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
            {entries.map((e, i) => (
              <tr key={i} data-action={e.action}>
                <td>{audit.at(e.at)}</td>
                <td>{audit.who(e)}</td>
                <td>{audit.event(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {signOffs.length > 0 ? (
        <>
          <h3>{ts("history")}</h3>
          <ul>
            {signOffs.map((s, i) => (
              <li key={i} data-sign-off={s.decision}>
                <strong>{audit.decision(s.decision)}</strong> — {audit.signer(s)}
                {s.comment ? <p>{s.comment}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
