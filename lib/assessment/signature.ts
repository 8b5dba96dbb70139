// Signed sign-offs. Each reviewer's device holds an ECDSA P-256 key pair made with WebCrypto (the
// private half is not extractable: lib/storage/signing-keys.ts). A sign-off carries its signature
// and the public key (JWK) that made it, so another browser can check it without anything else:
//
//   payload   = canonicalJson({ fingerprint, decision, name, role, comment, at, chain })
//   signature = ECDSA P-256 / SHA-256 over the payload's UTF-8 bytes (64 bytes r‖s, base64url)
//
// where `fingerprint` is the record's and `chain` the head of its chain just before the sign-off
// was added (stored with the signature). A key is named by its fingerprint: SHA-256 (hex) of the
// canonical JSON of { crv, kty, x, y }, the RFC 7638 thumbprint input.
//
// What a valid signature proves: this key signed exactly this decision on exactly this content.
// Not who holds the key — that is what the trusted reviewers list (fingerprints someone checked
// with the reviewer) is for.
import type { Assessment } from "./assessment";
import { canonicalJson, sha256Hex } from "./canonical-json";
import { clearanceBinds } from "./clearance";
import { fingerprint as fingerprintOf } from "./fingerprint";
import { type PublicJwk, publicJwkSchema, type Signature } from "./signature-schema";

export { type PublicJwk, publicJwkSchema, type Signature, signatureSchema } from "./signature-schema";

type ClearanceTrail = Parameters<typeof clearanceBinds>[0];

/** What a signature covers, besides the signature itself. */
export interface SignedFields {
  decision: string;
  name: string;
  role: string;
  comment: string;
  at: string;
}

export const ECDSA = { name: "ECDSA", namedCurve: "P-256" } as const;
const SIGN = { name: "ECDSA", hash: "SHA-256" } as const;

export function signOffPayload(fingerprint: string, s: SignedFields, chain: string): string {
  const { decision, name, role, comment, at } = s;
  return canonicalJson({ fingerprint, decision, name, role, comment, at, chain });
}

/** A public key's fingerprint (64 hex digits). */
export function keyFingerprint(key: PublicJwk): Promise<string> {
  return sha256Hex(canonicalJson({ crv: key.crv, kty: key.kty, x: key.x, y: key.y }));
}

/** A fingerprint as people compare it: the first 16 hex digits in groups of four. */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint.slice(0, 16).match(/.{4}/g)?.join(" ") ?? fingerprint;
}

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** A device's signer: its public key and a way to sign with the private half it cannot export. */
export interface Signer {
  publicKey: PublicJwk;
  privateKey: CryptoKey;
}

export async function signSignOff(
  signer: Signer,
  fingerprint: string,
  fields: SignedFields,
  chain: string,
): Promise<Signature> {
  const data = new TextEncoder().encode(signOffPayload(fingerprint, fields, chain));
  const value = new Uint8Array(await crypto.subtle.sign(SIGN, signer.privateKey, data));
  return { alg: "ES256", key: signer.publicKey, chain, value: base64url(value) };
}

/** Whether `signature` is a valid signature of these fields on a record with this fingerprint. */
export async function verifySignature(
  fingerprint: string,
  fields: SignedFields,
  signature: Signature,
): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey("jwk", { ...signature.key, ext: true }, ECDSA, false, [
      "verify",
    ]);
    const data = new TextEncoder().encode(signOffPayload(fingerprint, fields, signature.chain));
    return await crypto.subtle.verify(SIGN, key, fromBase64url(signature.value), data);
  } catch {
    // A key that is not a point on the curve, say: not a valid signature.
    return false;
  }
}

/**
 * How a reader should take one sign-off:
 * - `signed`: its signature is valid (`key` names the key; whether it is trusted is the reader's list);
 * - `unverified`: its signature fails, or it has none on a record that requires one;
 * - `unsigned`: made before signatures existed (a record without the seal marker), so nothing to check.
 */
export type SignOffCheck =
  { status: "signed"; key: string } | { status: "unverified" } | { status: "unsigned" };

type CheckedRecord = {
  fingerprint?: string;
  sealVersion?: number;
  signOffs?: readonly (SignedFields & { signature?: Signature })[];
} & Partial<Pick<Assessment, "id" | "checklistVersion" | "answers" | "completedAt" | "summary" | "audit">> &
  Partial<Pick<Assessment, "screening" | "answerSources">> &
  Omit<ClearanceTrail, "signOffs">;

/**
 * The fingerprints a sign-off of `a` may have been made on: its own and, for a copy kept on import
 * (lib/storage/exchange.ts copyWithNewId: a new id, so a new fingerprint, while the sign-offs it
 * carries were signed on the original's), each original's named in a "copied_on_import" audit
 * entry ("<id> <fingerprint>"). An original's counts only when this very content under that id
 * has exactly that fingerprint: a signature is accepted only for the content it signed.
 */
async function signedFingerprints(a: CheckedRecord): Promise<string[]> {
  const own = a.fingerprint ? [a.fingerprint] : [];
  const { id, checklistVersion, answers, completedAt, summary } = a;
  if (!id || !checklistVersion || !answers || !completedAt || !summary) return own;
  const originals = (a.audit ?? [])
    .filter((e) => e.action === "copied_on_import")
    .map((e) => (e.detail ?? "").split(" "))
    .filter((parts): parts is [string, string] => parts.length === 2 && parts[0] !== id);
  const found = await Promise.all(
    originals.map(async ([originalId, original]) => {
      const { screening, answerSources } = a;
      const sealVersion = a.sealVersion as Assessment["sealVersion"];
      const content = { id: originalId, checklistVersion, answers, completedAt, summary };
      const sealed = { ...content, screening, sealVersion, answerSources };
      return (await fingerprintOf(sealed)) === original ? original : null;
    }),
  );
  return [...own, ...found.filter((f): f is string => f !== null)];
}

/** Each sign-off of a record, checked (in order). */
export async function checkSignOffs(a: CheckedRecord): Promise<SignOffCheck[]> {
  const fingerprints = a.signOffs?.some((s) => s.signature) ? await signedFingerprints(a) : [];
  return Promise.all(
    (a.signOffs ?? []).map(async (s, index): Promise<SignOffCheck> => {
      if (!s.signature)
        return a.sealVersion === undefined ? { status: "unsigned" } : { status: "unverified" };
      for (const signed of fingerprints) {
        if (!(await verifySignature(signed, s, s.signature))) continue;
        // A clearance must also have been made on the trail the record has (clearance.ts).
        const trail = { ...a, fingerprint: signed } as ClearanceTrail;
        if (s.decision === "cleared" && !(await clearanceBinds(trail, index, s.signature.chain)))
          return { status: "unverified" };
        return { status: "signed", key: await keyFingerprint(s.signature.key) };
      }
      return { status: "unverified" };
    }),
  );
}

/** A fresh key pair as a Signer, its private half not extractable (what signing-keys.ts stores). */
export async function newSigner(): Promise<Signer> {
  const pair = await crypto.subtle.generateKey(ECDSA, false, ["sign", "verify"]);
  const { kty, crv, x, y } = await crypto.subtle.exportKey("jwk", pair.publicKey);
  return { privateKey: pair.privateKey, publicKey: publicJwkSchema.parse({ kty, crv, x, y }) };
}
