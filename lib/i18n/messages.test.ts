import { describe, expect, it } from "vitest";

import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

import { keyPaths, missingKeys } from "./message-keys";

describe("UI message files", () => {
  it("have exactly the same keys in English and Chinese", () => {
    expect(missingKeys(en, zh)).toEqual([]);
    expect(missingKeys(zh, en)).toEqual([]);
  });

  it("have no empty strings", () => {
    for (const [name, messages] of [
      ["en", en],
      ["zh", zh],
    ] as const) {
      const empty = keyPaths(messages).filter((path) => {
        const value = path
          .split(".")
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages);
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty, name).toEqual([]);
    }
  });

  it("report a key that exists in one language only", () => {
    expect(missingKeys({ a: { b: "x", c: "y" } }, { a: { b: "x" } })).toEqual(["a.c"]);
  });
});
