import Link from "next/link";

import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

/** Served as 404.html for any path outside /en and /zh, so it speaks both languages. */
export function NotFoundPage() {
  return (
    <main className="page">
      <h1>
        {en.notFound.title} · <span lang="zh-CN">{zh.notFound.title}</span>
      </h1>
      <p>
        <Link prefetch={false} href="/en/">
          {en.notFound.back}
        </Link>{" "}
        ·{" "}
        <Link prefetch={false} href="/zh/" lang="zh-CN">
          {zh.notFound.back}
        </Link>
      </p>
    </main>
  );
}
