// Passphrase encryption of exchange files, with WebCrypto only: PBKDF2-SHA-256 (600,000
// iterations, OWASP 2023) derives an AES-GCM 256-bit key from the passphrase and a random 16-byte
// salt; each file gets a random 12-byte IV. GCM authenticates: a wrong passphrase and a damaged
// ciphertext both fail to decrypt, and nothing can recover a lost passphrase.
export const PBKDF2_ITERATIONS = 600_000;
/** Files naming more iterations than this are refused, so a crafted file cannot stall the tab. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

export interface EncryptionParams {
  kdf: { name: "PBKDF2"; hash: "SHA-256"; iterations: number; salt: string };
  cipher: { name: "AES-GCM"; iv: string };
}

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(passphrase),
    "PBKDF2",
    false,
    ["deriveKey"],
  );
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

export async function encryptText(
  plaintext: string,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<EncryptionParams & { ciphertext: string }> {
  return (await encryptTextWithKey(plaintext, passphrase, iterations)).sealed;
}

/** As encryptText, also giving the key, which then encrypts the export's evidence files. */
export async function encryptTextWithKey(
  plaintext: string,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ sealed: EncryptionParams & { ciphertext: string }; key: CryptoKey }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const sealed = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv },
    key,
    new TextEncoder().encode(plaintext),
  );
  return {
    sealed: {
      kdf: { name: "PBKDF2", hash: "SHA-256", iterations, salt: toBase64(salt) },
      cipher: { name: "AES-GCM", iv: toBase64(iv) },
      ciphertext: toBase64(new Uint8Array(sealed)),
    },
    key,
  };
}

/** The plaintext, or null when the passphrase is wrong or the ciphertext was altered. */
export async function decryptText(
  params: EncryptionParams & { ciphertext: string },
  passphrase: string,
): Promise<string | null> {
  return (await decryptTextWithKey(params, passphrase))?.text ?? null;
}

/** As decryptText, also giving the key (for the evidence files of the same export). */
export async function decryptTextWithKey(
  params: EncryptionParams & { ciphertext: string },
  passphrase: string,
): Promise<{ text: string; key: CryptoKey } | null> {
  try {
    const key = await deriveKey(passphrase, fromBase64(params.kdf.salt), params.kdf.iterations);
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: fromBase64(params.cipher.iv) },
      key,
      fromBase64(params.ciphertext),
    );
    return { text: new TextDecoder().decode(plain), key };
  } catch {
    return null;
  }
}

// Evidence files of an encrypted export: the same key (one per export: its salt is random), the
// file cut into 1 MiB chunks, each sealed with its own random 12-byte IV and stored as IV then
// ciphertext and tag. A file is never whole in memory twice, and each chunk is authenticated; the
// order and count of chunks are covered by the file's SHA-256 and size, which the authenticated
// JSON records and import checks after decryption.
export const EVIDENCE_CHUNK = 1024 * 1024;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The size of a file of `plainSize` bytes once sealed. */
export const sealedSize = (plainSize: number) =>
  plainSize + Math.ceil(plainSize / EVIDENCE_CHUNK) * (IV_BYTES + TAG_BYTES);

/** A file's bytes sealed chunk by chunk, as a Blob (the browser keeps it, not this heap). */
export async function sealBytes(file: Blob, key: CryptoKey): Promise<Blob> {
  const parts: BlobPart[] = [];
  for (let at = 0; at < file.size; at += EVIDENCE_CHUNK) {
    const chunk = await file.slice(at, at + EVIDENCE_CHUNK).arrayBuffer();
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    parts.push(iv, await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, chunk));
  }
  return new Blob(parts);
}

/** The plain bytes of a sealed file of `plainSize` bytes, or null when any chunk fails to open. */
export async function openBytes(
  sealed: Uint8Array<ArrayBuffer>,
  key: CryptoKey,
  plainSize: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (sealed.length !== sealedSize(plainSize)) return null;
  const out = new Uint8Array(plainSize);
  let from = 0;
  try {
    for (let at = 0; at < plainSize; at += EVIDENCE_CHUNK) {
      const length = Math.min(EVIDENCE_CHUNK, plainSize - at);
      const iv = sealed.subarray(from, from + IV_BYTES);
      const body = sealed.subarray(from + IV_BYTES, from + IV_BYTES + length + TAG_BYTES);
      out.set(new Uint8Array(await crypto.subtle.decrypt({ name: "AES-GCM", iv }, key, body)), at);
      from += IV_BYTES + length + TAG_BYTES;
    }
  } catch {
    return null;
  }
  return out;
}
