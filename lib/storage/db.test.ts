import "fake-indexeddb/auto";

import Dexie from "dexie";
import { describe, expect, it } from "vitest";

import { openDb } from "./db";
import { newDraft } from "./assessments";
import { checkRow } from "./row-check";
import { VERSIONS } from "./schema";

describe("database upgrades", () => {
  it("version 2 builds a history row for every assessment stored by version 1", async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ assessments: "id, status, updatedAt, completedAt" });
    const draft = {
      ...newDraft("2026.1", "basics"),
      answers: { project_name: "Rail Survey", client_name: "Acme" },
    };
    delete draft.audit;
    await v1.table("assessments").add(draft);
    await v1.table("assessments").add({ id: "not-a-record" });
    v1.close();

    const db = openDb(name);
    const rows = await db.historyRows.toArray();
    expect(rows).toEqual([
      expect.objectContaining({
        id: draft.id,
        project: "Rail Survey",
        counterparty: "Acme",
        status: "draft",
      }),
    ]);
    expect(await db.assessments.count()).toBe(2);
    db.close();
  });
});

describe("version 6", () => {
  it("writes every history row again from its record, with a checksum that checks", async () => {
    const name = `upgrade6-${crypto.randomUUID()}`;
    const v5 = new Dexie(name);
    for (const { version, stores } of VERSIONS.filter((v) => v.version <= 5))
      v5.version(version).stores(stores);
    const draft = { ...newDraft("2026.2", "basics"), answers: { project_name: "Rail Survey" } };
    await v5.table("assessments").add(draft);
    // A row as release 2026-12 wrote it: no checksum, and (here) a project it never had.
    await v5.table("historyRows").add({ id: draft.id, status: "draft", project: "Edited", search: "" });
    await v5.table("assessments").add({ id: "not-a-record" });
    await v5.table("historyRows").add({ id: "not-a-record", project: "Orphan" });
    v5.close();

    const db = openDb(name);
    const rows = (await db.historyRows.toArray()).map(checkRow);
    expect(rows.find((r) => r.id === draft.id)).toMatchObject({ project: "Rail Survey" });
    expect(rows.find((r) => r.id === draft.id)).not.toHaveProperty("damaged");
    // A record that does not parse keeps its old row: shown as damaged, with its id.
    expect(rows.find((r) => r.id === "not-a-record")?.damaged).toContain("schema:check");
    db.close();
  });
});
