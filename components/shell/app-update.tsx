"use client";

// Registers the service worker (scripts/sw.mjs) once the page has loaded, and when a new version
// has been installed, says so and waits: the new version takes over only when the user chooses
// "Reload", so nothing switches under someone in the middle of an assessment (answers are saved
// as typed anyway). Other open tabs show the same notice and reload when their user chooses.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { Workbox } from "workbox-window";

export function AppUpdate() {
  const t = useTranslations("appUpdate");
  const [waiting, setWaiting] = useState<Workbox | null>(null);
  const accepted = useRef(false);

  useEffect(() => {
    // `next dev` has no service worker (it is generated over the static export).
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    let workbox: Workbox | undefined;
    let cancelled = false;
    const checkForUpdate = () => {
      if (document.visibilityState === "visible") void workbox?.update();
    };
    async function start() {
      const { Workbox } = await import("workbox-window");
      if (cancelled) return;
      workbox = new Workbox("/sw.js", { scope: "/" });
      const wb = workbox;
      wb.addEventListener("waiting", () => setWaiting(wb));
      wb.addEventListener("controlling", (event) => {
        if (event.isUpdate && accepted.current) window.location.reload();
      });
      try {
        await wb.register();
      } catch {
        // No service worker here (a private window, a browser setting): the app works online.
        return;
      }
      document.addEventListener("visibilitychange", checkForUpdate);
    }
    const onLoad = () => void start();
    if (document.readyState === "complete") onLoad();
    else window.addEventListener("load", onLoad, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener("load", onLoad);
      document.removeEventListener("visibilitychange", checkForUpdate);
    };
  }, []);

  if (!waiting) return null;

  async function reload() {
    accepted.current = true;
    const registration = await navigator.serviceWorker.getRegistration();
    // Another tab may have accepted it already: then this tab only has to reload.
    if (registration?.waiting) waiting?.messageSkipWaiting();
    else window.location.reload();
  }

  return (
    <div className="app-update" data-testid="app-update">
      <p role="status">{t("updateReady")}</p>
      <button type="button" className="button" onClick={() => void reload()}>
        {t("reload")}
      </button>
    </div>
  );
}
