"use client";

import { useTranslations } from "next-intl";

import { Link, usePathname } from "@/lib/i18n/navigation";

const ITEMS = [
  { href: "/assess/new/", label: "newAssessment" },
  { href: "/history/", label: "history" },
  { href: "/screening/", label: "screening" },
  { href: "/privacy/", label: "privacy" },
] as const;

function isCurrent(pathname: string, href: string) {
  const normalised = pathname.endsWith("/") ? pathname : `${pathname}/`;
  return normalised.startsWith(href.replace(/new\/$/, ""));
}

export function MainNav() {
  const t = useTranslations("shell");
  const ts = useTranslations("screening");
  const pathname = usePathname();
  return (
    <nav className="main-nav" aria-label={t("mainNav")}>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={isCurrent(pathname, item.href) ? "page" : undefined}>
              {item.label === "screening" ? ts("nav") : t(`nav.${item.label}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
