"use client";

import { useEffect } from "react";

import { preferredLocale } from "@/lib/i18n/routing";
import Link from "next/link";

/** The static root page has no locale: send the visitor to the language the browser prefers. */
export function RootRedirect({
  redirecting,
  chooseLanguage,
}: {
  redirecting: { en: string; zh: string };
  chooseLanguage: string;
}) {
  useEffect(() => {
    const locale = preferredLocale(navigator.languages.length ? navigator.languages : [navigator.language]);
    window.location.replace(`/${locale}/`);
  }, []);

  return (
    <main className="page">
      <h1>Commission Check · 境外委托风险自查</h1>
      <p>{redirecting.en}</p>
      <p lang="zh-CN">{redirecting.zh}</p>
      <p>
        {chooseLanguage}{" "}
        <Link prefetch={false} href="/en/">
          English
        </Link>{" "}
        ·{" "}
        <Link prefetch={false} href="/zh/" lang="zh-CN">
          中文
        </Link>
      </p>
    </main>
  );
}
