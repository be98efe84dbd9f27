// People: a village's party members, and staff accounts placed where their role says.
import { hashPassword } from "@/lib/auth/password";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import type { DbClient } from "./db-client";
import { factoryRng } from "./internal/streams";
import { villagePlace } from "./internal/village-place";
import { personName } from "./names";
import { createCounty, createDepartment, createPrefecture, createTownship, createVillage } from "./places";
import { uniquePhone } from "./seeding";

export const MEMBER_SKILLS = ["养殖", "运输", "农机", "电焊", "种植枸杞", "民族刺绣", "兽医", "种植", "劳务经纪", "泥瓦", "电工", "经营商店", "剪羊毛"];

export async function createMember(db: DbClient, overrides: Partial<Prisma.MemberUncheckedCreateInput> = {}) {
  const villageId = overrides.villageId ?? (await createVillage(db)).id;
  const rng = factoryRng();
  return db.member.create({
    data: {
      name: personName(),
      skills: rng.sample(MEMBER_SKILLS, rng.int(1, 2)).join("、"),
      phone: rng.chance(0.6) ? uniquePhone() : null,
      ...overrides,
      villageId,
    },
  });
}

/** Many members of one village in one statement, returned in the order given. */
export async function createMembers(db: DbClient, villageId: string, rows: Omit<Partial<Prisma.MemberCreateManyInput>, "villageId">[]) {
  const data = rows.map((row) => ({ name: personName(), skills: factoryRng().pick(MEMBER_SKILLS), ...row, villageId }));
  const created = await db.member.createManyAndReturn({ data });
  // Postgres returns inserted rows in VALUES order; check rather than trust.
  created.forEach((member, i) => {
    if (member.name !== data[i]!.name) throw new Error("createMembers: rows came back out of order");
  });
  return created;
}

/** The password every test user shares. */
export const TEST_PASSWORD = "Test@Pledge2026";
let cachedTestPasswordHash: Promise<string> | undefined;

/** TEST_PASSWORD, hashed once per process: argon2 is deliberately slow. */
export function testPasswordHash(): Promise<string> {
  cachedTestPasswordHash ??= hashPassword(TEST_PASSWORD);
  return cachedTestPasswordHash;
}

export type UserOverrides = Partial<Prisma.UserUncheckedCreateInput> & {
  /** Plaintext, hashed here; without it (and without passwordHash) the user gets TEST_PASSWORD. */
  password?: string;
};

type UserPlace = { prefectureId: string; countyId: string | null; townshipId: string | null; villageId: string | null; departmentId: string | null };
const NO_PLACE = { countyId: null, townshipId: null, villageId: null, departmentId: null } as const;
const COUNTY_AND_PREFECTURE = { countyId: true, county: { select: { prefectureId: true } } } as const;

/** The county and prefecture above a township or department: the given ones, or looked up when either is missing. */
async function countyAndPrefecture(data: UserOverrides, lookUp: () => Promise<{ countyId: string; county: { prefectureId: string } }>) {
  const found = !data.countyId || !data.prefectureId ? await lookUp() : undefined;
  return { countyId: data.countyId ?? found!.countyId, prefectureId: data.prefectureId ?? found!.county.prefectureId };
}

/** The places a role carries: its anchor place (created when not given) and the ancestors above it. */
async function placeOfRole(db: DbClient, role: Role, data: UserOverrides): Promise<UserPlace> {
  switch (role) {
    case "VILLAGE_SECRETARY": {
      const villageId =
        data.villageId ?? (await createVillage(db, data.townshipId ? { townshipId: data.townshipId, ...(data.countyId ? { countyId: data.countyId } : {}) } : {})).id;
      const found = !data.townshipId || !data.countyId || !data.prefectureId ? await villagePlace(db, villageId) : undefined;
      return {
        ...NO_PLACE,
        villageId,
        townshipId: data.townshipId ?? found!.townshipId,
        countyId: data.countyId ?? found!.countyId,
        prefectureId: data.prefectureId ?? found!.county.prefectureId,
      };
    }
    case "TOWNSHIP_OFFICER": {
      const townshipId = data.townshipId ?? (await createTownship(db, data.countyId ? { countyId: data.countyId } : {})).id;
      const above = await countyAndPrefecture(data, () => db.township.findUniqueOrThrow({ where: { id: townshipId }, select: COUNTY_AND_PREFECTURE }));
      return { ...NO_PLACE, townshipId, ...above };
    }
    case "DEPARTMENT_OFFICER": {
      const departmentId = data.departmentId ?? (await createDepartment(db, data.countyId ? { countyId: data.countyId } : {})).id;
      const above = await countyAndPrefecture(data, () => db.department.findUniqueOrThrow({ where: { id: departmentId }, select: COUNTY_AND_PREFECTURE }));
      return { ...NO_PLACE, departmentId, ...above };
    }
    case "COUNTY_ORGANISER": {
      const countyId = data.countyId ?? (await createCounty(db, data.prefectureId ? { prefectureId: data.prefectureId } : {})).id;
      const prefectureId =
        data.prefectureId ?? (await db.county.findUniqueOrThrow({ where: { id: countyId }, select: { prefectureId: true } })).prefectureId;
      return { ...NO_PLACE, countyId, prefectureId };
    }
    case "PREFECTURE_ORGANISER":
      return { ...NO_PLACE, prefectureId: data.prefectureId ?? (await createPrefecture(db)).id };
  }
}

/**
 * A staff account whose place ids match its role: a village secretary carries prefecture,
 * county, township and village; a township officer prefecture, county and township; a county
 * organiser prefecture and county; a department officer prefecture, county and department; a
 * prefecture organiser the prefecture only. The anchor place is created when not given; the
 * ancestors are looked up when not given.
 */
export async function createUser(db: DbClient, overrides: UserOverrides = {}) {
  const { password, ...data } = overrides;
  const role: Role = data.role ?? "VILLAGE_SECRETARY";
  const place = await placeOfRole(db, role, data);
  const passwordHash = data.passwordHash ?? (password ? await hashPassword(password) : await testPasswordHash());
  return db.user.create({
    data: {
      phone: uniquePhone(),
      name: personName(),
      ...data,
      role,
      passwordHash,
      prefectureId: place.prefectureId,
      countyId: data.countyId !== undefined ? data.countyId : place.countyId,
      townshipId: data.townshipId !== undefined ? data.townshipId : place.townshipId,
      villageId: data.villageId !== undefined ? data.villageId : place.villageId,
      departmentId: data.departmentId !== undefined ? data.departmentId : place.departmentId,
    },
  });
}
