import "fake-indexeddb/auto";

import Dexie from "dexie";
import { describe, expect, it } from "vitest";

import { openDb } from "./db";
import { openExisting } from "./quick-read";
import { currentStores, DB_NAME, DB_VERSION, INDEX, isCurrent, parseStore, STORE, VERSIONS } from "./schema";

/** What IndexedDB itself holds: each store's key, auto-increment and indexes. */
function shapeOf(db: IDBDatabase) {
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, "readonly");
  return new Map(
    names.map((name) => {
      const store = tx.objectStore(name);
      return [
        name,
        {
          keyPath: String(store.keyPath),
          autoIncrement: store.autoIncrement,
          indexes: [...store.indexNames].sort(),
        },
      ];
    }),
  );
}

/** Index names as IndexedDB holds them: "[status+updatedAt]" stays as declared. */
describe("the one schema declaration", () => {
  it("is the database Dexie opens: every store, key and index, and nothing else", async () => {
    const name = `schema-${crypto.randomUUID()}`;
    const dexie = openDb(name);
    await dexie.open();
    dexie.close();
    const db = (await openExisting(name))!;
    try {
      expect(shapeOf(db)).toEqual(currentStores());
      // Dexie numbers versions ten times: version 5 is IndexedDB's 50.
      expect(db.version).toBe(DB_VERSION * 10);
      expect(isCurrent(db)).toBe(true);
    } finally {
      db.close();
    }
  });

  it("names the stores and indexes the direct reads use, as declared", () => {
    const stores = currentStores();
    expect([...stores.keys()].sort()).toEqual(Object.keys(STORE).sort());
    expect(stores.get(STORE.historyRows)!.indexes).toEqual(
      expect.arrayContaining([INDEX.status, INDEX.updatedAt, INDEX.statusAndDate]),
    );
    expect(stores.get(STORE.pendingEdits)!.indexes).toContain(INDEX.id);
    expect(DB_NAME).toBe("commission-check");
  });

  it("reads Dexie's notation", () => {
    expect(parseStore("++seq, listId")).toEqual({ keyPath: "seq", autoIncrement: true, indexes: ["listId"] });
    expect(parseStore("id, status, updatedAt, [status+updatedAt]")).toEqual({
      keyPath: "id",
      autoIncrement: false,
      indexes: ["[status+updatedAt]", "status", "updatedAt"],
    });
  });

  it("calls a database of an earlier version not current, so the direct path leaves it to Dexie", async () => {
    for (const { version } of VERSIONS.slice(0, -1)) {
      const name = `older-${version}-${crypto.randomUUID()}`;
      const older = new Dexie(name);
      for (const v of VERSIONS.filter((v) => v.version <= version)) older.version(v.version).stores(v.stores);
      await older.open();
      older.close();
      const db = (await openExisting(name))!;
      expect(isCurrent(db)).toBe(false);
      db.close();
    }
  });
});
