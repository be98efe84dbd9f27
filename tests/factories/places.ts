// Places: the prefecture and its campaign, counties, townships, villages, departments and the
// pairing of a department with a village.
import type { Prisma } from "@/lib/generated/prisma/client";
import { day } from "./dates";
import type { DbClient } from "./db-client";
import { factoryRng, nextNumber, uniqueSuffix } from "./internal/streams";
import { villagePlace } from "./internal/village-place";
import { uniqueSlug } from "./seeding";

export async function createPrefecture(db: DbClient, overrides: Partial<Prisma.PrefectureUncheckedCreateInput> = {}) {
  return db.prefecture.create({ data: { name: `测试州-${uniqueSuffix(6)}`, ...overrides } });
}

export const DEFAULT_CAMPAIGN = {
  name: "2026年整改提高阶段",
  startsOn: day("2026-03-01"),
  endsOn: day("2026-12-31"),
  focusLimit: 2,
} as const;

export async function createCampaign(db: DbClient, overrides: Partial<Prisma.CampaignUncheckedCreateInput> = {}) {
  const prefectureId = overrides.prefectureId ?? (await createPrefecture(db)).id;
  return db.campaign.create({ data: { ...DEFAULT_CAMPAIGN, isCurrent: true, ...overrides, prefectureId } });
}

const COUNTY_STEMS = ["德令哈", "格尔木", "乌兰", "都兰", "天峻", "大柴旦", "茫崖", "冷湖"];
const TOWNSHIP_STEMS = ["柯鲁柯", "尕海", "希里沟", "香日德", "新源", "江河", "宗加", "茶卡", "铜普", "察汗乌苏"];
const VILLAGE_STEMS = ["希望", "金原", "连湖", "富源", "泉水", "红柳", "东庄", "西新", "梅陇", "阳康", "巴音", "沙柳"];

/** A real-sounding stem, the kind of place, and a number and suffix that keep it unique. */
function uniquePlaceName(stems: readonly string[], kind: string): string {
  return `${factoryRng().pick(stems)}${kind}${nextNumber()}-${uniqueSuffix(4)}`;
}

export async function createCounty(db: DbClient, overrides: Partial<Prisma.CountyUncheckedCreateInput> = {}) {
  const prefectureId = overrides.prefectureId ?? (await createPrefecture(db)).id;
  const name = uniquePlaceName(COUNTY_STEMS, "县");
  return db.county.create({ data: { name, ...overrides, prefectureId } });
}

export async function createTownship(db: DbClient, overrides: Partial<Prisma.TownshipUncheckedCreateInput> = {}) {
  const countyId = overrides.countyId ?? (await createCounty(db)).id;
  const name = uniquePlaceName(TOWNSHIP_STEMS, "镇");
  return db.township.create({ data: { name, ...overrides, countyId } });
}

/** Sets townshipId and the denormalised countyId of its township. */
export async function createVillage(db: DbClient, overrides: Partial<Prisma.VillageUncheckedCreateInput> = {}) {
  let { townshipId, countyId } = overrides;
  if (!townshipId) {
    const township = await createTownship(db, countyId ? { countyId } : {});
    townshipId = township.id;
    countyId = township.countyId;
  } else if (!countyId) {
    countyId = (await db.township.findUniqueOrThrow({ where: { id: townshipId }, select: { countyId: true } })).countyId;
  }
  const name = overrides.name ?? `${factoryRng().pick(VILLAGE_STEMS)}${nextNumber()}村`;
  return db.village.create({
    data: {
      branchName: `${name}党支部`,
      slug: uniqueSlug(),
      households: factoryRng().int(60, 400),
      isPastoral: false,
      ...overrides,
      name,
      townshipId,
      countyId,
    },
  });
}

const DEPARTMENT_NAMES = ["县农牧局", "县水利局", "县交通局", "县人社局", "县卫健局", "县教育局", "县林草局"];

export async function createDepartment(db: DbClient, overrides: Partial<Prisma.DepartmentUncheckedCreateInput> = {}) {
  const countyId = overrides.countyId ?? (await createCounty(db)).id;
  const name = `${factoryRng().pick(DEPARTMENT_NAMES)}${nextNumber()}`;
  return db.department.create({ data: { name, ...overrides, countyId } });
}

/** Pairs a department with a village (上下联动); creates either when missing, in one county. */
export async function pairDepartment(db: DbClient, overrides: Partial<Prisma.DepartmentPairingUncheckedCreateInput> = {}) {
  let { departmentId, villageId } = overrides;
  if (!departmentId) {
    const countyId = villageId ? (await villagePlace(db, villageId)).countyId : undefined;
    departmentId = (await createDepartment(db, countyId ? { countyId } : {})).id;
  }
  if (!villageId) {
    const { countyId } = await db.department.findUniqueOrThrow({ where: { id: departmentId }, select: { countyId: true } });
    villageId = (await createVillage(db, { townshipId: (await createTownship(db, { countyId })).id, countyId })).id;
  }
  return db.departmentPairing.create({ data: { ...overrides, departmentId, villageId } });
}
