"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";

import { useLocationHash } from "@/components/ui/use-location-hash";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { LOCALES, type Locale } from "@/lib/base/locale";
import { htmlLang } from "@/lib/i18n/routing";

/** Links to the same page, with the same query (?id=…) and fragment (#q=…), in the other language. */
export function LanguageSwitch() {
  const t = useTranslations("shell.language");
  const locale = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const hash = useLocationHash();
  const other: Locale = LOCALES.find((l) => l !== locale) ?? "en";
  return (
    <Link
      href={`${pathname}${query ? `?${query}` : ""}${hash ? `#${hash}` : ""}`}
      locale={other}
      hrefLang={htmlLang(other)}
      lang={htmlLang(other)}
      aria-label={t("switchToLong")}
      data-testid="language-switch"
    >
      {t("switchTo")}
    </Link>
  );
}
