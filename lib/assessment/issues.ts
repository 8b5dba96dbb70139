// What is wrong with a stored record or an imported file, in the reader's language, in zod's own
// words (its English and Simplified Chinese locales). Only the code that shows such a problem
// imports this (the damaged-record message, the import), so a page that merely validates a record
// ships no message text: lib/base/zod.ts sets no locale, and a record is parsed with
// `reportInput` where its problems may be shown, so each issue still holds what the message names.
import type { $ZodIssue, $ZodRawIssue } from "zod/v4/core";
import en from "zod/v4/locales/en.js";
import zhCN from "zod/v4/locales/zh-CN.js";

import type { Locale } from "@/lib/base/locale";

import { issuePath } from "./assessment";

const MESSAGES = { en: en().localeError, zh: zhCN().localeError };

/** zod's message when no schema, parse or locale gave one (lib/base/zod.ts sets no locale). */
const UNDESCRIBED = "Invalid input";

/** "summary.flags.0.slug: Too big…", at most `limit` of them: a schema's own message as written,
 *  any other in zod's words in `locale`. */
export function describeIssues(issues: readonly $ZodIssue[], locale: Locale, limit = 3): string[] {
  return issues.slice(0, limit).map((issue) => {
    const said = issue.message === UNDESCRIBED ? MESSAGES[locale](issue as $ZodRawIssue) : issue.message;
    const message = typeof said === "string" ? said : (said?.message ?? issue.message);
    return `${issuePath(issue)}: ${message.slice(0, 200)}`;
  });
}
