// A small tree for tests: two counties of two townships of two villages, departments, and one
// user per role at the first and the sibling place of each level.
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import type { DbClient } from "./db-client";
import { createUser, TEST_PASSWORD, testPasswordHash } from "./people";
import { createCampaign, createCounty, createDepartment, createPrefecture, createTownship, createVillage, pairDepartment } from "./places";

export type TreeUser = { id: string; phone: string; name: string; role: Role };
export type TreeVillage = { id: string; slug: string; townshipId: string; countyId: string };
export type TreeTownship = { id: string; countyId: string; villages: [TreeVillage, TreeVillage] };
export type TreeDepartment = { id: string; countyId: string; pairedVillageId: string };
export type TreeCounty = { id: string; townships: [TreeTownship, TreeTownship]; department: TreeDepartment };
export type TreeUsers = {
  prefectureOrganiser: TreeUser;
  countyOrganiser: TreeUser;
  townshipOfficer: TreeUser;
  departmentOfficer: TreeUser;
  villageSecretary: TreeUser;
};

export type OrgTree = {
  /** Plaintext password of every user in the tree. */
  password: string;
  prefectureId: string;
  campaignId: string;
  /** Both counties: [0] is "the" county, [1] its sibling. */
  counties: [TreeCounty, TreeCounty];
  /** The first place of each level, where `users` sit. */
  county: TreeCounty;
  township: TreeTownship;
  village: TreeVillage;
  department: TreeDepartment;
  /** A sibling at each level: the second county; the second township and second village under the first parent; the second county's department. */
  siblingCounty: TreeCounty;
  siblingTownship: TreeTownship;
  siblingVillage: TreeVillage;
  siblingDepartment: TreeDepartment;
  /** One user per role at the first place of each level. */
  users: TreeUsers;
  /** One user per role at the sibling place (there is no sibling prefecture). */
  siblingUsers: Omit<TreeUsers, "prefectureOrganiser">;
};

/**
 * One prefecture with a current campaign, two counties of two townships of two villages each,
 * one department per county paired with the first village of its county, and one user per role
 * at the first place of each level plus one at the sibling place.
 */
export async function createOrgTree(db: DbClient): Promise<OrgTree> {
  const prefecture = await createPrefecture(db);
  const campaign = await createCampaign(db, { prefectureId: prefecture.id });
  const counties: TreeCounty[] = [];
  for (let c = 0; c < 2; c++) {
    const county = await createCounty(db, { prefectureId: prefecture.id });
    const townships: TreeTownship[] = [];
    for (let t = 0; t < 2; t++) {
      const township = await createTownship(db, { countyId: county.id });
      const villages: TreeVillage[] = [];
      for (let v = 0; v < 2; v++) {
        const village = await createVillage(db, { townshipId: township.id, countyId: county.id });
        villages.push({ id: village.id, slug: village.slug, townshipId: township.id, countyId: county.id });
      }
      townships.push({ id: township.id, countyId: county.id, villages: villages as [TreeVillage, TreeVillage] });
    }
    const firstVillageId = townships[0]!.villages[0].id;
    const department = await createDepartment(db, { countyId: county.id });
    await pairDepartment(db, { departmentId: department.id, villageId: firstVillageId });
    counties.push({
      id: county.id,
      townships: townships as [TreeTownship, TreeTownship],
      department: { id: department.id, countyId: county.id, pairedVillageId: firstVillageId },
    });
  }
  const [first, second] = counties as [TreeCounty, TreeCounty];
  const passwordHash = await testPasswordHash();
  const prefectureId = prefecture.id;

  async function user(role: Role, place: Partial<Prisma.UserUncheckedCreateInput>): Promise<TreeUser> {
    const created = await createUser(db, { role, passwordHash, prefectureId, ...place });
    return { id: created.id, phone: created.phone, name: created.name, role };
  }
  async function usersAt(county: TreeCounty, township: TreeTownship, village: TreeVillage, department: TreeDepartment) {
    return {
      countyOrganiser: await user("COUNTY_ORGANISER", { countyId: county.id }),
      townshipOfficer: await user("TOWNSHIP_OFFICER", { countyId: township.countyId, townshipId: township.id }),
      departmentOfficer: await user("DEPARTMENT_OFFICER", { countyId: department.countyId, departmentId: department.id }),
      villageSecretary: await user("VILLAGE_SECRETARY", { countyId: village.countyId, townshipId: village.townshipId, villageId: village.id }),
    };
  }

  const township = first.townships[0];
  const siblingTownship = first.townships[1];
  const village = township.villages[0];
  const siblingVillage = township.villages[1];
  const users: TreeUsers = {
    prefectureOrganiser: await user("PREFECTURE_ORGANISER", {}),
    ...(await usersAt(first, township, village, first.department)),
  };
  const siblingUsers = await usersAt(second, siblingTownship, siblingVillage, second.department);

  return {
    password: TEST_PASSWORD,
    prefectureId,
    campaignId: campaign.id,
    counties: [first, second],
    county: first,
    township,
    village,
    department: first.department,
    siblingCounty: second,
    siblingTownship,
    siblingVillage,
    siblingDepartment: second.department,
    users,
    siblingUsers,
  };
}
