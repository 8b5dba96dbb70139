import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";

import { AppUpdate } from "@/components/shell/app-update";
import { SiteFooter } from "@/components/shell/site-footer";
import { SiteHeader } from "@/components/shell/site-header";
import { htmlLang, routing } from "@/lib/i18n/routing";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

const ZOD_CONFIG =
  "globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });";

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "shell" });

  return (
    <html lang={htmlLang(locale)}>
      <head>
        {/* zod reads this when it loads: interpreted parsing from the first parse on, so it never
            probes for eval, which the CSP forbids (a module's z.config can run after a first parse). */}
        <script dangerouslySetInnerHTML={{ __html: ZOD_CONFIG }} />
      </head>
      <body>
        <NextIntlClientProvider>
          <a className="skip-link" href="#main">
            {t("skipToContent")}
          </a>
          <SiteHeader />
          {/* In the page's flow, under the header: a notice that floats over the page would cover
              its controls (the form's Next button at 1280x720). */}
          <AppUpdate />
          <main id="main" tabIndex={-1}>
            <div className="page">{children}</div>
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
