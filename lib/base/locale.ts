// The app's languages and the shapes of translated text, for pure code (the checklist, the view
// model, the PDF) as well as React: no next-intl here.
export const LOCALES = ["en", "zh"] as const;
export type Locale = (typeof LOCALES)[number];

/** A nested message object as next-intl reads it. */
export type Messages = { [key: string]: string | Messages };

/** A translator bound to one language and namespace. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;
