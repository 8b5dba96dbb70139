// The pieces every /[locale]/… page file repeats: its title from the message files, and the
// locale set for static rendering before the page's content renders.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { type ComponentType, Suspense } from "react";

export type LocaleParams = { params: Promise<{ locale: string }> };

/** `generateMetadata` of a page titled by `namespace.key`. */
export function pageTitle(namespace: string, key = "title") {
  return async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace });
    return { title: t(key) };
  };
}

/**
 * A page that renders one client component. `readsQuery`: the component reads the query
 * string (?id=…), which a static export only has in the browser, so it renders in Suspense.
 */
export function localePage(Content: ComponentType, { readsQuery = false } = {}) {
  return async function Page({ params }: LocaleParams) {
    const { locale } = await params;
    setRequestLocale(locale);
    return readsQuery ? (
      <Suspense>
        <Content />
      </Suspense>
    ) : (
      <Content />
    );
  };
}
