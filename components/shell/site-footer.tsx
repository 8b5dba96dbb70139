import { useTranslations } from "next-intl";

import { Link } from "@/lib/i18n/navigation";

export function SiteFooter() {
  const t = useTranslations("shell.footer");
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <span>
          {t("privacy")} <Link href="/privacy/">{t("privacyLink")}</Link>
        </span>
        <span>{t("disclaimer")}</span>
      </div>
    </footer>
  );
}
