// A checklist version's message file imported with `?form`: the file without the summary's texts
// (scripts/form-messages-loader.cjs; registry.ts).
declare module "*.json?form" {
  import type { Messages } from "@/lib/i18n/locale";

  const messages: Messages;
  export default messages;
}
