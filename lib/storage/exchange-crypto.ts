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
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const sealed = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv },
    key,
    new TextEncoder().encode(plaintext),
  );
  return {
    kdf: { name: "PBKDF2", hash: "SHA-256", iterations, salt: toBase64(salt) },
    cipher: { name: "AES-GCM", iv: toBase64(iv) },
    ciphertext: toBase64(new Uint8Array(sealed)),
  };
}

/** The plaintext, or null when the passphrase is wrong or the ciphertext was altered. */
export async function decryptText(
  params: EncryptionParams & { ciphertext: string },
  passphrase: string,
): Promise<string | null> {
  try {
    const key = await deriveKey(passphrase, fromBase64(params.kdf.salt), params.kdf.iterations);
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: fromBase64(params.cipher.iv) },
      key,
      fromBase64(params.ciphertext),
    );
    return new TextDecoder().decode(plain);
  } catch {
    return null;
  }
}
