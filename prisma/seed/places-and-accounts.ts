// The first stages of the demo: 海西州 and its campaign, its counties, townships and villages,
// departments paired with villages, the staff accounts, and what each village's own stages need
// to know about it.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  createCampaign,
  createCounty,
  createDepartment,
  createPrefecture,
  createTownship,
  createUser,
  createVillage,
  day,
  DEFAULT_CAMPAIGN,
  localName,
  pairDepartment,
  type Rng,
} from "@/tests/factories";
import * as words from "./data";
import { secretaryName } from "./members";
import { DEMO_ACCOUNTS, DEMO_COUNTY, DEMO_DEPARTMENT, DEMO_TOWNSHIP, DEMO_VILLAGE } from "./settings";

type VillageIds = { id: string; townshipId: string; townshipName: string; isPastoral: boolean; households: number };
type CountyIds = { countyId: string; townshipIds: Map<string, string>; villages: Map<string, VillageIds> };
type PairedDepartment = { id: string; name: string; officerId: string | null };

export type DemoPlaces = {
  prefectureId: string;
  campaignId: string;
  /** By county name. */
  counties: Map<string, CountyIds>;
  /** By county name and department name, `county/department`. */
  departmentIds: Map<string, string>;
  /** The departments paired with each village, by village id. */
  pairedWith: Map<string, PairedDepartment[]>;
};

export type DemoAccounts = {
  prefectureOrganiserId: string;
  /** By village id. */
  secretaries: Map<string, string>;
  /** By township id. */
  officers: Map<string, string>;
};

/** What a village's own stages (planning, then writing in one transaction) need to know about it. */
export type VillageContext = {
  name: string;
  townshipName: string;
  countyName: string;
  isPastoral: boolean;
  households: number;
  villageId: string;
  townshipId: string;
  countyId: string;
  prefectureId: string;
  campaignId: string;
  secretaryId: string | null;
  townshipOfficerId: string | null;
  departments: PairedDepartment[];
  townshipPledges: boolean;
};

/** The prefecture, its current campaign, its places, and its departments each paired with 2–3 villages of its county (德令哈市's 县农牧局 with 希望村). */
export async function createPlaces(db: PrismaClient, rng: Rng): Promise<DemoPlaces> {
  const prefecture = await createPrefecture(db, { name: "海西州" });
  const campaign = await createCampaign(db, { ...DEFAULT_CAMPAIGN, prefectureId: prefecture.id, isCurrent: true });

  const counties = new Map<string, CountyIds>();
  for (const county of words.HAIXI) {
    const c = await createCounty(db, { prefectureId: prefecture.id, name: county.name });
    const ids: CountyIds = { countyId: c.id, townshipIds: new Map(), villages: new Map() };
    for (const township of county.townships) {
      const t = await createTownship(db, { countyId: c.id, name: township.name });
      ids.townshipIds.set(township.name, t.id);
      for (const [name, isPastoral] of township.villages) {
        const households = isPastoral ? rng.int(60, 220) : rng.int(120, 400);
        const v = await createVillage(db, { townshipId: t.id, countyId: c.id, name, branchName: `${name}党支部`, households, isPastoral });
        ids.villages.set(name, { id: v.id, townshipId: t.id, townshipName: township.name, isPastoral, households });
      }
    }
    counties.set(county.name, ids);
  }

  const pairedWith = new Map<string, PairedDepartment[]>();
  const departmentIds = new Map<string, string>();
  for (const county of words.HAIXI) {
    const ids = counties.get(county.name)!;
    const villageNames = [...ids.villages.keys()];
    for (const name of county.departments) {
      const department = await createDepartment(db, { countyId: ids.countyId, name });
      departmentIds.set(`${county.name}/${name}`, department.id);
      const forced = county.name === DEMO_COUNTY && name === DEMO_DEPARTMENT ? [DEMO_VILLAGE] : [];
      const others = rng.sample(villageNames.filter((v) => !forced.includes(v)), rng.int(2, 3) - forced.length);
      for (const villageName of [...forced, ...others]) {
        const village = ids.villages.get(villageName)!;
        await pairDepartment(db, { departmentId: department.id, villageId: village.id });
        pairedWith.set(village.id, [...(pairedWith.get(village.id) ?? []), { id: department.id, name, officerId: null }]);
      }
    }
  }
  return { prefectureId: prefecture.id, campaignId: campaign.id, counties, departmentIds, pairedWith };
}

/** Staff accounts: the five demo accounts, plus a secretary and a township officer per county. */
export async function createStaffAccounts(db: PrismaClient, rng: Rng, places: DemoPlaces, passwordHash: string): Promise<DemoAccounts> {
  const staff = { prefectureId: places.prefectureId, passwordHash, createdAt: day("2026-02-20") };
  const demo = places.counties.get(DEMO_COUNTY)!;
  const demoVillage = demo.villages.get(DEMO_VILLAGE)!;
  const demoTownshipId = demo.townshipIds.get(DEMO_TOWNSHIP)!;
  const demoDepartmentId = places.departmentIds.get(`${DEMO_COUNTY}/${DEMO_DEPARTMENT}`)!;
  const accounts: DemoAccounts = { prefectureOrganiserId: "", secretaries: new Map(), officers: new Map() };
  for (const account of DEMO_ACCOUNTS) {
    const place =
      account.role === "PREFECTURE_ORGANISER" ? {}
      : account.role === "COUNTY_ORGANISER" ? { countyId: demo.countyId }
      : account.role === "TOWNSHIP_OFFICER" ? { countyId: demo.countyId, townshipId: demoTownshipId }
      : account.role === "DEPARTMENT_OFFICER" ? { countyId: demo.countyId, departmentId: demoDepartmentId }
      : { countyId: demo.countyId, townshipId: demoTownshipId, villageId: demoVillage.id };
    const user = await createUser(db, { ...account, ...place, ...staff });
    if (account.role === "PREFECTURE_ORGANISER") accounts.prefectureOrganiserId = user.id;
    if (account.role === "TOWNSHIP_OFFICER") accounts.officers.set(demoTownshipId, user.id);
    if (account.role === "VILLAGE_SECRETARY") accounts.secretaries.set(demoVillage.id, user.id);
    if (account.role === "DEPARTMENT_OFFICER") {
      for (const list of places.pairedWith.values()) for (const d of list) if (d.id === demoDepartmentId) d.officerId = user.id;
    }
  }
  for (const [c, county] of words.HAIXI.entries()) {
    const ids = places.counties.get(county.name)!;
    const isDemoCounty = county.name === DEMO_COUNTY;
    const villageName = isDemoCounty ? "金原村" : county.townships[0]!.villages[0]![0];
    const townshipName = isDemoCounty ? "尕海镇" : county.townships[0]!.name;
    const village = ids.villages.get(villageName)!;
    const townshipId = ids.townshipIds.get(townshipName)!;
    const secretary = await createUser(db, {
      phone: `13900001${c}01`,
      name: secretaryName(villageName),
      role: "VILLAGE_SECRETARY",
      countyId: ids.countyId,
      townshipId: village.townshipId,
      villageId: village.id,
      ...staff,
    });
    accounts.secretaries.set(village.id, secretary.id);
    const officer = await createUser(db, {
      phone: `13900001${c}02`,
      name: localName(rng, county.name === "天峻县"),
      role: "TOWNSHIP_OFFICER",
      countyId: ids.countyId,
      townshipId,
      ...staff,
    });
    accounts.officers.set(townshipId, officer.id);
  }
  return accounts;
}

/** Each village's context, in the order of words.HAIXI; one village per township gets the township's own upward pledge. */
export function villageContexts(rng: Rng, places: DemoPlaces, accounts: DemoAccounts): VillageContext[] {
  const contexts: VillageContext[] = [];
  for (const county of words.HAIXI) {
    const ids = places.counties.get(county.name)!;
    for (const township of county.townships) {
      const townshipId = ids.townshipIds.get(township.name)!;
      const pledgingVillage = rng.pick(township.villages)[0];
      for (const [name] of township.villages) {
        const v = ids.villages.get(name)!;
        contexts.push({
          name,
          townshipName: township.name,
          countyName: county.name,
          isPastoral: v.isPastoral,
          households: v.households,
          villageId: v.id,
          townshipId,
          countyId: ids.countyId,
          prefectureId: places.prefectureId,
          campaignId: places.campaignId,
          secretaryId: accounts.secretaries.get(v.id) ?? null,
          townshipOfficerId: accounts.officers.get(townshipId) ?? null,
          departments: places.pairedWith.get(v.id) ?? [],
          townshipPledges: name === pledgingVillage || name === DEMO_VILLAGE,
        });
      }
    }
  }
  return contexts;
}
