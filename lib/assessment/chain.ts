// The hash chain over what is added to a completed assessment after its fingerprint froze it:
// the audit trail, the sign-offs and the re-assess-by date. Anchored on the fingerprint:
//
//   h₀ = fingerprint
//   hᵢ = SHA-256(hᵢ₋₁ + canonicalJson(linkᵢ))   for the links, in order:
//        ["audit", entry] for each audit entry, ["signOff", s] for each sign-off,
//        then ["reassessBy", date or null]
//   chain = the last h (hex)
//
// An entry added, removed, reordered or edited without recomputing the chain no longer matches.
// Like the fingerprint, the recipe is public: it proves consistency, not who wrote the file.
import type { Assessment } from "./assessment";
import { canonicalJson, sha256Hex } from "./canonical-json";

export type ChainedPart = Pick<Assessment, "fingerprint" | "audit" | "signOffs" | "reassessBy">;

export async function chainHead(a: ChainedPart & { fingerprint: string }): Promise<string> {
  const links: unknown[] = [
    ...(a.audit ?? []).map((entry) => ["audit", entry]),
    ...(a.signOffs ?? []).map((signOff) => ["signOff", signOff]),
    ["reassessBy", a.reassessBy ?? null],
  ];
  let head = a.fingerprint;
  for (const link of links) head = await sha256Hex(head + canonicalJson(link));
  return head;
}
