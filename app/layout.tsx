import type { ReactNode } from "react";

import "./globals.css";

// The real root layouts are app/[locale]/layout.tsx (every page) and the pages at the root,
// which render their own <html> because they have no locale yet.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
