import { setRequestLocale } from "next-intl/server";
import { Suspense } from "react";

import { ExampleCards } from "@/components/examples/example-cards";
import { ExamplesRoute } from "@/components/examples/examples-route";
import { type LocaleParams, pageTitle } from "@/lib/i18n/locale-page";

export const generateMetadata = pageTitle("examples");

/** The cards are rendered here, on the server; the route only chooses what to show from ?id=. */
export default async function ExamplesPage({ params }: LocaleParams) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <Suspense>
      <ExamplesRoute list={<ExampleCards />} />
    </Suspense>
  );
}
