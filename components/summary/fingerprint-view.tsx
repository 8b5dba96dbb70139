"use client";

import { useTranslations } from "next-intl";

/** The SHA-256 fingerprint, short, with the full value on demand (and always in print). */
export function FingerprintView({ value }: { value: string }) {
  const t = useTranslations("summary");
  return (
    <span className="fingerprint" data-fingerprint={value}>
      <code className="fingerprint__short no-print">{value.slice(0, 16)}…</code>{" "}
      <details className="fingerprint__full no-print">
        <summary>{t("showFull")}</summary>
        <code>{value}</code>
      </details>
      <code className="print-only">{value}</code>
    </span>
  );
}
