"use client";

import { useLocale } from "next-intl";
import { useMemo } from "react";

import { formatDate, formatDateTime, formatDay } from "@/lib/i18n/profile";
import { isLocale } from "@/lib/i18n/routing";

/** Dates and times as the page's language writes them (lib/i18n/profile.ts, the same as the PDF's). */
export function useDates() {
  const locale = useLocale();
  const language = isLocale(locale) ? locale : "en";
  return useMemo(
    () => ({
      /** "1 December 2026 at 10:00", "2026年12月1日 10:00" */
      dateTime: (iso: string) => formatDateTime(iso, language),
      /** "1 December 2026", "2026年12月1日" */
      day: (iso: string) => formatDay(iso, language),
      /** A calendar date (YYYY-MM-DD): "1 December 2026", "2026年12月1日" */
      date: (date: string) => formatDate(date, language),
    }),
    [language],
  );
}
