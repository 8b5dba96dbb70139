// A checklist version's message file imported with `?form` or `?reading`: the part of it the
// assessment form, or a page showing an assessment, reads (scripts/messages-part-loader.cjs).
declare module "*.json?form" {
  import type { Messages } from "@/lib/base/locale";

  const messages: Messages;
  export default messages;
}

declare module "*.json?reading" {
  import type { Messages } from "@/lib/base/locale";

  const messages: Messages;
  export default messages;
}
