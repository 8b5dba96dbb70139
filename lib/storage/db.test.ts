import "fake-indexeddb/auto";

import Dexie from "dexie";
import { describe, expect, it } from "vitest";

import { openDb } from "./db";
import { newDraft } from "./assessments";

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
