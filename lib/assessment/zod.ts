// The one zod the app's own code imports (`import * as z from "@/lib/assessment/zod"`): zod/mini
// (the same package; functions instead of methods, so a page ships only the parts of zod its
// schemas use), with zod classic's English messages (so a damaged record or a refused file says
// what is wrong in the same words) and interpreted parsing: the app's CSP forbids eval, and zod
// would otherwise probe `new Function` when a schema is created. The page head sets the same
// before any chunk loads (app/[locale]/layout.tsx); this also reaches the workers (screening,
// import), which have no head.
import { config } from "zod/mini";
import en from "zod/v4/locales/en.js";

config({ ...en(), jitless: true });

export * from "zod/mini";
