"use client";

import { useTranslations } from "next-intl";

/** Previous / next page, with the position announced. */
export function Pager({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  const t = useTranslations("history");
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t("pagination")}>
      <button
        type="button"
        className="button button--secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t("previous")}
      </button>
      <span>{t("page", { page, pages })}</span>
      <button
        type="button"
        className="button button--secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t("next")}
      </button>
    </nav>
  );
}
