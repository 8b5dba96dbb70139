import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

import "./globals.css";

// Every page names the web app manifest (install as an app) and its icons, all served by the app
// itself from public/ (paths without a query string, like every request this app makes).
export const metadata: Metadata = {
  manifest: "/manifest.webmanifest",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "32x32" },
      { url: "/icons/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/icons/apple-touch-icon.png",
  },
};

export const viewport: Viewport = { themeColor: "#0b5cad" };

// The real root layouts are app/[locale]/layout.tsx (every page) and the pages at the root,
// which render their own <html> because they have no locale yet.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
