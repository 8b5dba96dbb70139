/** Every page of the app, without its locale prefix. */
export const PAGES = [
  "/",
  "/privacy/",
  "/history/",
  "/screening/",
  "/assess/new/",
  "/assess/",
  "/summary/",
  "/compare/",
  "/examples/",
  "/letter/",
  "/counterparty/",
] as const;
export const LOCALES = ["en", "zh"] as const;
