"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import { useDates } from "@/components/ui/use-dates";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TableScroll } from "@/components/ui/table-scroll";
import { localDate } from "@/lib/assessment/dates";
import { listAgeDays, STALE_AFTER_DAYS } from "@/lib/screening/outcome";
import type { ScreeningList } from "@/lib/screening/types";
import { deleteScreeningList } from "@/lib/storage";

type Props = { lists: ScreeningList[]; onChanged: () => void; onReplace: (list: ScreeningList) => void };

/** The loaded lists: source, scope, as-of date and age (stale after 90 days), size, fingerprint. */
export function ListTable({ lists, onChanged, onReplace }: Props) {
  const t = useTranslations("screening");
  const format = useFormatter();
  const dates = useDates();
  const [deleting, setDeleting] = useState<ScreeningList | null>(null);
  const [status, setStatus] = useState("");
  const today = localDate();
  return (
    <section aria-labelledby="lists-title">
      <h2 id="lists-title">{t("listsTitle")}</h2>
      {lists.length === 0 ? (
        <p data-testid="no-lists">{t("noLists")}</p>
      ) : (
        <TableScroll labelledBy="lists-title">
          <table className="history-table" data-testid="screening-lists">
            <thead>
              <tr>
                <th scope="col">{t("col.name")}</th>
                <th scope="col">{t("col.scope")}</th>
                <th scope="col">{t("col.asOf")}</th>
                <th scope="col">{t("col.entities")}</th>
                <th scope="col">{t("col.sha256")}</th>
                <th scope="col">{t("col.imported")}</th>
                <th scope="col">{t("col.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {lists.map((list) => {
                const age = listAgeDays(list.asOf, today);
                const stale = age > STALE_AFTER_DAYS;
                return (
                  <tr key={list.id} data-list={list.name} data-stale={stale ? "true" : undefined}>
                    <th scope="row">{list.name}</th>
                    <td>{t(`scope.${list.scope}`)}</td>
                    <td>
                      {list.asOf} <span className="muted">({t("age", { days: age })})</span>
                      {stale ? (
                        <p className="field__error" data-testid="stale-warning">
                          {t("stale")}
                        </p>
                      ) : null}
                    </td>
                    <td>{format.number(list.entityCount)}</td>
                    <td>
                      <code title={list.sha256}>{list.sha256.slice(0, 12)}…</code>
                    </td>
                    <td>{dates.dateTime(list.importedAt)}</td>
                    <td className="history-table__actions">
                      <button
                        type="button"
                        className="button button--secondary"
                        aria-label={t("replaceName", { name: list.name })}
                        onClick={() => onReplace(list)}
                      >
                        {t("replace")}
                      </button>
                      <button
                        type="button"
                        className="button button--secondary"
                        aria-label={t("deleteName", { name: list.name })}
                        onClick={() => setDeleting(list)}
                      >
                        {t("delete")}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p role="status">{status}</p>
      <ConfirmDialog
        open={deleting !== null}
        title={t("deleteTitle", { name: deleting?.name ?? "" })}
        confirmLabel={t("delete")}
        cancelLabel={t("cancel")}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const list = deleting!;
          setDeleting(null);
          void deleteScreeningList(list.id).then(() => {
            setStatus(t("deleted", { name: list.name }));
            onChanged();
          });
        }}
      >
        <p>{t("deleteBody", { count: deleting?.entityCount ?? 0 })}</p>
      </ConfirmDialog>
    </section>
  );
}
