import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { setPairing } from "@/lib/org/mutations";
import { getDepartment } from "@/lib/org/queries";
import { listVillagePledges } from "@/lib/pledges/queries";
import { createOrgTree, type OrgTree } from "../factories";
import { actorFor, outcomeOf } from "./helpers";

let tree: OrgTree;
let county: Actor;
let department: Actor;

beforeAll(async () => {
  tree = await createOrgTree(db);
  county = await actorFor(tree.users.countyOrganiser.id);
  department = await actorFor(tree.users.departmentOfficer.id);
});

describe("pairing departments with villages (上下联动)", () => {
  it("gives the department reach over a newly paired village, and takes it away again; both idempotent", async () => {
    const departmentId = tree.department.id;
    const village = tree.counties[0].townships[0].villages[1];
    expect(await outcomeOf(listVillagePledges(department, village.id))).toMatchObject({ code: "NOT_FOUND" });

    await setPairing(county, { departmentId, villageId: village.id, paired: true });
    await setPairing(county, { departmentId, villageId: village.id, paired: true });
    expect(await db.departmentPairing.count({ where: { departmentId } })).toBe(2);
    expect((await getDepartment(county, departmentId)).paired.map((v) => v.id)).toContain(village.id);
    expect(await outcomeOf(listVillagePledges(department, village.id))).toMatchObject({ code: "ok" });

    await setPairing(county, { departmentId, villageId: village.id, paired: false });
    await setPairing(county, { departmentId, villageId: village.id, paired: false });
    expect((await getDepartment(county, departmentId)).pairable.map((v) => v.id)).toContain(village.id);
    expect(await outcomeOf(listVillagePledges(department, village.id))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a village of another county, and writes nothing", async () => {
    const other = tree.counties[1].townships[0].villages[0];
    expect(await outcomeOf(setPairing(county, { departmentId: tree.department.id, villageId: other.id, paired: true }))).toMatchObject({ code: "NOT_FOUND", field: "villageId" });
    expect(await db.departmentPairing.count({ where: { villageId: other.id, departmentId: tree.department.id } })).toBe(0);
  });
});
