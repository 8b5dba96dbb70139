import type { Messages } from "@/lib/base/locale";

/** Every leaf key of a nested message object, as dotted paths. */
export function keyPaths(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keyPaths(value, `${prefix}${key}.`),
  );
}

/** Keys present in `reference` but missing from `other`. */
export function missingKeys(reference: Messages, other: Messages): string[] {
  const present = new Set(keyPaths(other));
  return keyPaths(reference).filter((key) => !present.has(key));
}
