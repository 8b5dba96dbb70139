// The one zod the app's own code imports (`import * as z from "@/lib/base/zod"`): zod/mini
// (the same package; functions instead of methods), named one by one. The browser build bundles
// this module with the zod it reaches (scripts/bundle-module-loader.cjs, next.config.js), so a
// page ships only the zod named here: add a zod function to the list below to use it.
// - No locale: a failed parse keeps zod's codes and values, and lib/assessment/issues.ts words them
//   in the reader's language where a problem is shown (messages would cost every page 1 KB gzip).
// - Interpreted parsing: the app's CSP forbids eval, and zod would otherwise probe `new Function`
//   when a schema is created. The page head sets the same before any chunk loads
//   (app/[locale]/layout.tsx); this also reaches the workers (screening, import), which have no head.
import { config, ZodMiniISODate, ZodMiniISODateTime } from "zod/mini";
import { _isoDate, _isoDateTime, type $ZodISODateParams, type $ZodISODateTimeParams } from "zod/v4/core";

config({ jitless: true });

export {
  array,
  boolean,
  custom,
  enum,
  extend,
  int,
  length,
  literal,
  looseObject,
  maxLength,
  maximum,
  minLength,
  minimum,
  nullable,
  number,
  object,
  optional,
  pipe,
  readonly,
  record,
  refine,
  regex,
  strictObject,
  string,
  superRefine,
  transform,
  trim,
  union,
  unknown,
  uuid,
} from "zod/mini";
export type { infer, ZodMiniType } from "zod/mini";
export type * as core from "zod/v4/core";

/** zod/mini's `iso.date` and `iso.datetime`, the two of `z.iso` the app uses: importing z.iso itself
 *  brings its time and duration formats too (about 0.6 KB gzip on every page that validates). */
export const iso = {
  date: (params?: string | $ZodISODateParams) => _isoDate(ZodMiniISODate, params),
  datetime: (params?: string | $ZodISODateTimeParams) => _isoDateTime(ZodMiniISODateTime, params),
};
