import { useTranslations } from "next-intl";

const SECTIONS = ["what", "where", "evidence", "howLong", "delete", "not", "files"] as const;

export function PrivacyPage() {
  const t = useTranslations("privacy");
  return (
    <div className="prose">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {SECTIONS.map((key) => (
        <section key={key} aria-labelledby={`privacy-${key}`}>
          <h2 id={`privacy-${key}`}>{t(`${key}Title`)}</h2>
          <p>{t(key)}</p>
        </section>
      ))}
    </div>
  );
}
