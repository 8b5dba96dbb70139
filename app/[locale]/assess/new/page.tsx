import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { NewAssessment } from "@/components/checklist/new-assessment";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "assess" });
  return { title: t("newTitle") };
}

export default async function Page({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <NewAssessment />;
}
