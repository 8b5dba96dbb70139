// This device's signing key and the user's trusted reviewers, in a small IndexedDB database of
// their own ("commission-check-keys"), apart from the assessments: exporting, importing or
// deleting assessments never touches them, and the assessments' schema (db.ts) is unchanged.
//
// The key is an ECDSA P-256 pair made here with WebCrypto; its private half is a non-extractable
// CryptoKey, stored as such (IndexedDB keeps CryptoKey objects): the page can sign with it but no
// script can read it out, and it never appears in an export. Clearing the site's data deletes it;
// sign-offs made with it still verify (they carry the public key) but no new ones can be made.
import * as z from "@/lib/base/zod";
import { keyFingerprint, newSigner, type PublicJwk, type Signer } from "@/lib/assessment/signature";

export const KEYS_DB_NAME = "commission-check-keys";
const DEVICE = "device";

interface StoredKey {
  id: typeof DEVICE;
  privateKey: CryptoKey;
  publicKey: PublicJwk;
  createdAt: string;
}

export interface TrustedReviewer {
  /** The key's fingerprint (signature.ts keyFingerprint). */
  key: string;
  name: string;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(KEYS_DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore("keys", { keyPath: "id" });
      request.result.createObjectStore("trusted", { keyPath: "key" });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB refused to open"));
  });
}

/** One transaction on one store; resolves with `work`'s request result once it has committed. */
async function run<T>(
  store: "keys" | "trusted",
  mode: IDBTransactionMode,
  work: (s: IDBObjectStore) => IDBRequest | void,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(store, mode);
      const request = work(tx.objectStore(store));
      tx.oncomplete = () => resolve(request?.result as T);
      tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
      tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
    });
  } finally {
    db.close();
  }
}

/** This device's key, or undefined when none has been made yet. */
export async function getDeviceKey(): Promise<(Signer & { fingerprint: string }) | undefined> {
  const stored = await run<StoredKey | undefined>("keys", "readonly", (s) => s.get(DEVICE));
  if (!stored) return undefined;
  return { ...stored, fingerprint: await keyFingerprint(stored.publicKey) };
}

/** This device's key, made (and stored) on first use. */
export async function deviceKey(): Promise<Signer & { fingerprint: string }> {
  const existing = await getDeviceKey();
  if (existing) return existing;
  const stored: StoredKey = { id: DEVICE, ...(await newSigner()), createdAt: new Date().toISOString() };
  // `add`, not `put`: when another tab made one meanwhile, its key stays and is used here too.
  await run("keys", "readwrite", (s) => s.add(stored)).catch(() => undefined);
  const key = await getDeviceKey();
  if (!key) throw new Error("This browser did not keep the signing key");
  return key;
}

// ---------------------------------------------------------------------------------------------
// Trusted reviewers.

const CHANGED = "commission-check:trusted-reviewers";

export async function listTrustedReviewers(): Promise<TrustedReviewer[]> {
  const all = await run<TrustedReviewer[]>("trusted", "readonly", (s) => s.getAll());
  return all.sort((a, b) => a.name.localeCompare(b.name));
}

function changed() {
  dispatchEvent(new Event(CHANGED));
}

/** Calls `listener` whenever this page changes the trusted reviewers; returns the unsubscribe. */
export function onTrustedReviewersChange(listener: () => void): () => void {
  addEventListener(CHANGED, listener);
  return () => removeEventListener(CHANGED, listener);
}

export const trustedReviewerSchema = z.strictObject({
  key: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
});

export async function addTrustedReviewers(reviewers: readonly TrustedReviewer[]): Promise<void> {
  const checked = reviewers.map((r) => trustedReviewerSchema.parse(r));
  await run("trusted", "readwrite", (s) => {
    for (const r of checked) s.put({ key: r.key, name: r.name });
  });
  changed();
}

export async function removeTrustedReviewer(key: string): Promise<void> {
  await run("trusted", "readwrite", (s) => s.delete(key));
  changed();
}

export const TRUSTED_FORMAT = "commission-check/trusted-reviewers";

const trustedFileSchema = z.strictObject({
  format: z.literal(TRUSTED_FORMAT),
  formatVersion: z.literal(1),
  reviewers: z.array(trustedReviewerSchema).check(z.maxLength(1000)),
});

/** The trusted reviewers as a small JSON file (fingerprints and names: nothing secret). */
export function trustedReviewersFile(reviewers: readonly TrustedReviewer[]): string {
  return JSON.stringify(
    {
      format: TRUSTED_FORMAT,
      formatVersion: 1,
      reviewers: reviewers.map(({ key, name }) => ({ key, name })),
    },
    null,
    2,
  );
}

/** A trusted reviewers file's reviewers, or null when the text is not one (nothing is stored). */
export function parseTrustedReviewersFile(text: string): TrustedReviewer[] | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = trustedFileSchema.safeParse(json);
  return parsed.success ? parsed.data.reviewers : null;
}
