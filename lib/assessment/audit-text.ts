// The words for an assessment's audit trail and sign-offs, for every renderer (summary page,
// PDF): one place that turns a stored entry into what a reader sees.
import { type AbstractIntlMessages, createTranslator } from "next-intl";

import type { Translate } from "@/lib/base/locale";
import { formatDateTime } from "@/lib/i18n/profile";
import { isLocale } from "@/lib/i18n/routing";

import type { AuditEntry, SignOff, SignOffDecision } from "./assessment";
import { shortFingerprint } from "./signature";

type Verification = "unverified" | "checking" | "trusted" | "signed" | "unsigned";

export type AuditText = ReturnType<typeof createAuditText>;

export function createAuditText(locale: string, messages: AbstractIntlMessages) {
  const translator = (namespace: string) =>
    createTranslator({ locale, messages, namespace }) as unknown as Translate;
  const review = translator("review");
  const history = translator("history");
  const tracking = translator("tracking");

  const decision = (d: SignOffDecision) => history(`signOff.${d}`);
  const at = (iso: string) => formatDateTime(iso, isLocale(locale) ? locale : "en");
  return {
    decision,
    /** What happened, in words: "Signed off: Approved", "Re-assess-by date set to 2027-11-28". */
    event(entry: AuditEntry): string {
      const status = entry.action === "item_status_set" ? entry.tracking?.status : undefined;
      const detail =
        entry.action === "signed_off" && entry.detail
          ? decision(entry.detail as SignOffDecision)
          : entry.action === "reassessed_to"
            ? (entry.detail ?? "").slice(0, 8)
            : entry.action === "copied_on_import" || entry.action === "reassessed_from"
              ? ""
              : status
                ? tracking(`status.${status}`)
                : (entry.detail ?? "");
      return review(`actions.${entry.action}`, { detail });
    },
    /** Who did it, or a dash when nobody was named. */
    who: (entry: AuditEntry) => entry.by || review("nobody"),
    /** A stored ISO timestamp as a reader's date and time. */
    at,
    /** "Signed off: unverified" (or "…: checking the signature"), for a sign-off that may not be
     *  shown as its decision. */
    signedOffAs: (v: Verification) => review("actions.signed_off", { detail: review(`signature.${v}Short`) }),
    /** "Unverified sign-off", "Checking the signature…": in place of a decision. */
    verificationShort: (v: Verification) => review(`signature.${v}Short`),
    /** What the signature says: trusted reviewer (named), valid but unknown key, unverified… */
    verification: (v: Verification, key: string | undefined, name: string | undefined) =>
      review(`signature.${v}`, { key: key ? shortFingerprint(key) : "", name: name ?? "" }),
    /** Who signed, in what role, when: "Zhang Min (Legal counsel), 28 November 2026 at 10:00". */
    signer: (s: SignOff) => review("signer", { name: s.name, role: s.role, at: at(s.at) }),
  };
}
