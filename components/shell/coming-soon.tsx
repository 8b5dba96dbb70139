import { useTranslations } from "next-intl";

import { Link } from "@/lib/i18n/navigation";

/** Placeholder for pages that later work fills; it still says where the user is and links home. */
export function ComingSoon({ title }: { title: string }) {
  const t = useTranslations("comingSoon");
  return (
    <>
      <h1>{title}</h1>
      <p>
        <strong>{t("title")}.</strong> {t("body")}
      </p>
      <p>
        <Link href="/">{t("back")}</Link>
      </p>
    </>
  );
}
