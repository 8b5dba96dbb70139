// Canonical JSON (specified in the README, "Fingerprint and chain"): JSON text as
// JSON.stringify writes it, without whitespace; object members sorted by key in UTF-16 code-unit
// order; members whose value is undefined left out (as JSON.stringify does). Every own enumerable
// key counts, "__proto__" included: the text is written directly, never by building sorted
// objects, so no key can turn into a prototype on the way.
/** The canonical JSON text of a JSON value (see this file's header). */
export function canonicalJson(value: unknown): string {
  return write(value) ?? "null";
}

/** undefined for what JSON leaves out (undefined, functions, symbols), like JSON.stringify. */
function write(value: unknown): string | undefined {
  if (value === null) return "null";
  const type = typeof value;
  if (type === "string" || type === "number" || type === "boolean") return JSON.stringify(value);
  if (type !== "object") return undefined;
  if (Array.isArray(value)) return `[${Array.from(value, (item) => write(item) ?? "null").join(",")}]`;
  const members: string[] = [];
  for (const key of Object.keys(value as object).sort()) {
    const member = write((value as Record<string, unknown>)[key]);
    if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
  }
  return `{${members.join(",")}}`;
}

/** SHA-256 of a text, as 64 lower-case hex digits. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
