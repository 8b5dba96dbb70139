"use client";

import { useFormatter, useTranslations } from "next-intl";

import type { Assessment, AuditEntry } from "@/lib/assessment/assessment";

/** The audit trail, oldest first, as stored: nothing here can change it. */
export function AuditTrail({ assessment }: { assessment: Assessment }) {
  const t = useTranslations("review");
  const th = useTranslations("history");
  const ts = useTranslations("signOff");
  const format = useFormatter();
  const entries = assessment.audit ?? [];
  const what = (e: AuditEntry) => {
    const detail =
      e.action === "signed_off" && e.detail
        ? th(`signOff.${e.detail as "approved"}`)
        : e.action === "copied_on_import" || e.action === "reassessed_from"
          ? ""
          : (e.detail ?? "");
    return t(`actions.${e.action}`, { detail });
  };
  return (
    <section aria-labelledby="audit-title" data-testid="audit-trail">
      <h2 id="audit-title">{t("title")}</h2>
      <p className="muted">{t("lead")}</p>
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
              <td>{format.dateTime(new Date(e.at), { dateStyle: "medium", timeStyle: "short" })}</td>
              <td>{e.by || t("nobody")}</td>
              <td>{what(e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {(assessment.signOffs ?? []).length > 0 ? (
        <>
          <h3>{ts("history")}</h3>
          <ul>
            {assessment.signOffs!.map((s, i) => (
              <li key={i} data-sign-off={s.decision}>
                <strong>{th(`signOff.${s.decision}`)}</strong> — {s.name} ({s.role}),{" "}
                {format.dateTime(new Date(s.at), { dateStyle: "medium", timeStyle: "short" })}
                {s.comment ? <p>{s.comment}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
