import { useTranslations } from "next-intl";
import { Suspense } from "react";

import { Link } from "@/lib/i18n/navigation";

import { LanguageSwitch } from "./language-switch";
import { MainNav } from "./main-nav";

export function SiteHeader() {
  const t = useTranslations("shell");
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          {t("appName")}
          <small>{t("appNameAlt")}</small>
        </Link>
        <MainNav />
        <div className="lang-switch">
          <Suspense fallback={null}>
            <LanguageSwitch />
          </Suspense>
        </div>
      </div>
    </header>
  );
}
