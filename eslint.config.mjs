import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "out/**",
    "node_modules/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
  {
    files: ["**/*.{ts,tsx,mts}"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    files: ["next.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Pages load one checklist version in one language (lib/i18n/load-checklist-text.ts); the
    // modules that read every version at once are for tests, scripts and the e2e driver.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/checklist/message-files", "@/lib/i18n/checklist-text-sync"],
              message: "Load checklist texts with loadChecklistText (one version, one language).",
            },
            {
              regex: "^zod(/.*)?$",
              message: 'Import zod as `import * as z from "@/lib/base/zod"` (zod/mini, configured once).',
            },
            {
              group: ["@/lib/storage/*"],
              message:
                'Import storage from "@/lib/storage" only: it picks the direct path or Dexie, and keeps Dexie out of first loads.',
            },
          ],
        },
      ],
    },
  },
  {
    // zod classic on any page would ship whole (about 30 KB gzip); the app's schemas use zod/mini
    // through one module that configures it. Its messages (locales) come with issues.ts, loaded
    // only where a problem is shown.
    files: ["lib/**"],
    ignores: ["lib/base/zod.ts", "lib/assessment/issues.ts", "lib/checklist/**", "lib/risk/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^zod(/.*)?$",
              message: 'Import zod as `import * as z from "@/lib/base/zod"` (zod/mini, configured once).',
            },
          ],
        },
      ],
    },
  },
  {
    // The checklist and the risk engine are pure, universal code: no UI, no browser, no storage.
    files: ["lib/checklist/**", "lib/risk/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "react/*", "next", "next/*", "next-intl", "next-intl/*"],
              message: "lib/checklist and lib/risk are pure: no React or Next.",
            },
            {
              group: ["dexie", "dexie-*", "@/lib/storage/*", "@/lib/pdf/*", "@/components/*"],
              message: "lib/checklist and lib/risk must not reach storage, PDF or UI code.",
            },
            {
              regex: "^zod(/.*)?$",
              message: 'Import zod as `import * as z from "@/lib/base/zod"` (zod/mini, configured once).',
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "localStorage", "indexedDB", "fetch"],
    },
  },
]);
