// A signed sign-off's stored shape (signature.ts says what is signed and how it is checked). Apart
// from signature.ts so that the record's schema (assessment.ts) can hold it without importing the
// checks, which read whole records.
import * as z from "@/lib/base/zod";

/** The public half of a reviewer's key: exactly the members a P-256 public JWK needs. */
export const publicJwkSchema = z.strictObject({
  kty: z.literal("EC"),
  crv: z.literal("P-256"),
  // 32 bytes, base64url without padding.
  x: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
  y: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
});
export type PublicJwk = z.infer<typeof publicJwkSchema>;

export const signatureSchema = z.strictObject({
  alg: z.literal("ES256"),
  key: publicJwkSchema,
  /** The record's chain head when the sign-off was made. */
  chain: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** 64 bytes r‖s, base64url without padding. */
  value: z.string().check(z.regex(/^[A-Za-z0-9_-]{86}$/)),
});
export type Signature = z.infer<typeof signatureSchema>;
