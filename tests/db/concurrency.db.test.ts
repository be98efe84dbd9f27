import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { updateVillage } from "@/lib/org/mutations";
import { createOrgTree, type OrgTree } from "@/tests/factories";
import { actorFor, outcomeOf } from "./helpers";

let tree: OrgTree;
let organiser: Actor;

beforeAll(async () => {
  tree = await createOrgTree(db);
  organiser = await actorFor(tree.users.countyOrganiser.id);
});

const edit = (villageId: string, version: number, name: string, households: number) =>
  updateVillage(organiser, { id: villageId, version, name, households: String(households), branchName: "" });

describe("two people saving one village", () => {
  it("keeps exactly one of two simultaneous saves of the same version; the other gets CONFLICT", async () => {
    const { id, version } = await db.village.findUniqueOrThrow({ where: { id: tree.village.id } });
    const edits = [
      { name: "金原村甲", households: 101 },
      { name: "金原村乙", households: 202 },
    ];

    const outcomes = await Promise.all(edits.map((e) => outcomeOf(edit(id, version, e.name, e.households))));

    expect(outcomes.map((o) => o.code).sort()).toEqual(["CONFLICT", "ok"]);
    const winner = edits[outcomes.findIndex((o) => o.code === "ok")]!;
    const row = await db.village.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ name: winner.name, households: winner.households, branchName: `${winner.name}党支部`, version: version + 1 });
  });

  it("refuses a save naming a version someone else has already replaced", async () => {
    const { id, version } = await db.village.findUniqueOrThrow({ where: { id: tree.siblingVillage.id } });
    await edit(id, version, "先保存的村", 150);

    expect(await outcomeOf(edit(id, version, "后保存的村", 999))).toMatchObject({ code: "CONFLICT", message: "STALE" });
    expect(await db.village.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "先保存的村", households: 150, version: version + 1 });
  });

  it("lets the second person save once they reload the new version", async () => {
    const { id, version } = await db.village.findUniqueOrThrow({ where: { id: tree.siblingVillage.id } });
    await edit(id, version, "重新加载后保存", 160);
    expect(await db.village.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "重新加载后保存", version: version + 1 });
  });
});
