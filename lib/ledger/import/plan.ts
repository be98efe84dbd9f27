import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { countyScope, townshipScope } from "@/lib/org/scope";
import type { ImportProblem } from "./layout";
import { villageKey, type ImportRow, type MemberRow, type SecretaryRow, type VillageRow } from "./validate";

// What a roster would change, checked against the database inside the actor's reach: the
// county in reach, the township known, the village made by the file or already there, phones not
// taken. Keys are natural: a village by county + township + name, a member by village + name +
// phone, an account by phone. A row whose key is already there with the same values changes
// nothing, so importing a file twice is the same as importing it once.

type VillageTarget = { key: string; id: string | null; countyId: string; townshipId: string; name: string };

export type ImportPlan = {
  villagesCreate: (VillageRow & { countyId: string; townshipId: string })[];
  villagesUpdate: { id: string; households: number; isPastoral: boolean }[];
  villagesUnchanged: number;
  membersCreate: { village: VillageTarget; name: string; phone: string; skills: string }[];
  membersUpdate: { id: string; skills: string }[];
  membersUnchanged: number;
  accountsCreate: { village: VillageTarget; name: string; phone: string; row: number; villageName: string }[];
  accountsUnchanged: number;
  counties: string[];
};

const CHUNK = 5000;
const chunks = <T>(items: T[]) => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

export async function planImport(actor: Actor, rows: ImportRow[], client: Tx): Promise<{ plan: ImportPlan; problems: ImportProblem[] }> {
  const problems: ImportProblem[] = [];
  const plan: ImportPlan = {
    villagesCreate: [], villagesUpdate: [], villagesUnchanged: 0, membersCreate: [], membersUpdate: [], membersUnchanged: 0,
    accountsCreate: [], accountsUnchanged: 0, counties: [],
  };
  const counties = new Map((await client.county.findMany({ where: countyScope(actor), select: { id: true, name: true } })).map((c) => [c.name, c.id]));
  const countyIds = [...new Set(rows.map((row) => counties.get(row.county)).filter((id): id is string => Boolean(id)))];
  plan.counties = countyIds.sort();
  const townships = new Map(
    (await client.township.findMany({ where: { AND: [townshipScope(actor), { countyId: { in: countyIds } }] }, select: { id: true, name: true, countyId: true } }))
      .map((t) => [`${t.countyId}\u0000${t.name}`, t]),
  );
  const existingVillages = new Map(
    (await client.village.findMany({
      where: { countyId: { in: countyIds } },
      select: { id: true, name: true, households: true, isPastoral: true, townshipId: true, countyId: true, township: { select: { name: true } }, county: { select: { name: true } } },
    })).map((v) => [villageKey({ county: v.county.name, township: v.township.name, village: v.name }), v]),
  );

  const placed = (row: ImportRow): { countyId: string; townshipId: string } | null => {
    const countyId = counties.get(row.county);
    if (!countyId) {
      problems.push({ row: row.row, column: "县（市）", code: actor.role === "PREFECTURE_ORGANISER" ? "COUNTY_UNKNOWN" : "COUNTY_OUT_OF_SCOPE", params: { value: row.county } });
      return null;
    }
    const township = townships.get(`${countyId}\u0000${row.township}`);
    if (!township) {
      problems.push({ row: row.row, column: "乡（镇）", code: "TOWNSHIP_UNKNOWN", params: { value: row.township, county: row.county } });
      return null;
    }
    return { countyId, townshipId: township.id };
  };

  const targets = new Map<string, VillageTarget>();
  for (const [key, village] of existingVillages) targets.set(key, { key, id: village.id, countyId: village.countyId, townshipId: village.townshipId, name: village.name });
  for (const row of rows) {
    if (row.kind !== "VILLAGE") continue;
    const place = placed(row);
    if (!place) continue;
    const key = villageKey(row);
    const existing = existingVillages.get(key);
    if (!existing) {
      plan.villagesCreate.push({ ...row, ...place });
      targets.set(key, { key, id: null, ...place, name: row.village });
    } else if (existing.households !== row.households || existing.isPastoral !== row.isPastoral) {
      plan.villagesUpdate.push({ id: existing.id, households: row.households, isPastoral: row.isPastoral });
    } else {
      plan.villagesUnchanged++;
    }
  }

  const people = rows.filter((row): row is MemberRow | SecretaryRow => row.kind !== "VILLAGE");
  const villageOf = new Map<number, VillageTarget>();
  for (const row of people) {
    if (!placed(row)) continue;
    const target = targets.get(villageKey(row));
    if (!target) problems.push({ row: row.row, column: "村（社）", code: "VILLAGE_UNKNOWN", params: { value: row.village } });
    else villageOf.set(row.row, target);
  }

  const villageIds = [...new Set([...villageOf.values()].map((target) => target.id).filter((id): id is string => Boolean(id)))];
  // Lookups in bulk, one statement each: every member of the file's existing villages, then the
  // holders of the phones of the members the file would add.
  const members = new Map<string, { id: string; skills: string }>();
  if (villageIds.length > 0) {
    const rows = await client.$queryRaw<{ id: string; villageId: string; name: string; phone: string | null; skills: string }[]>`
      SELECT id, "villageId", name, phone, skills FROM "Member" WHERE "villageId" = ANY(${villageIds}::text[])`;
    for (const member of rows) members.set(`${member.villageId}\u0000${member.name}\u0000${member.phone ?? ""}`, member);
  }
  const isNewMember = (row: ImportRow): row is MemberRow => {
    if (row.kind !== "MEMBER") return false;
    const village = villageOf.get(row.row);
    return Boolean(village) && !(village!.id && members.has(`${village!.id}\u0000${row.name}\u0000${row.phone}`));
  };
  const filePhones = [...new Set(people.filter((row) => row.phone && isNewMember(row)).map((row) => row.phone))];
  const memberPhones = new Map<string, string>();
  if (filePhones.length > 0 && countyIds.length > 0) {
    const holders = await client.$queryRaw<{ villageId: string; name: string; phone: string }[]>`
      SELECT m."villageId", m.name, m.phone FROM "Member" m JOIN "Village" v ON v.id = m."villageId"
      WHERE m.phone = ANY(${filePhones}::text[]) AND v."countyId" = ANY(${countyIds}::text[])`;
    for (const holder of holders) memberPhones.set(holder.phone, `${holder.villageId}\u0000${holder.name}`);
  }
  const secretaryPhones = people.filter((row) => row.kind === "SECRETARY" && villageOf.has(row.row)).map((row) => row.phone);
  const accounts = new Map<string, { role: string; villageId: string | null; name: string }>();
  for (const phones of chunks(secretaryPhones)) {
    for (const user of await client.user.findMany({ where: { phone: { in: phones } }, select: { phone: true, role: true, villageId: true, name: true } })) accounts.set(user.phone, user);
  }

  for (const row of people) {
    const village = villageOf.get(row.row);
    if (!village) continue;
    if (row.kind === "MEMBER") {
      const existing = village.id ? members.get(`${village.id}\u0000${row.name}\u0000${row.phone}`) : undefined;
      if (existing) {
        if (existing.skills !== row.skills) plan.membersUpdate.push({ id: existing.id, skills: row.skills });
        else plan.membersUnchanged++;
        continue;
      }
      const holder = row.phone ? memberPhones.get(row.phone) : undefined;
      if (holder && holder !== `${village.id}\u0000${row.name}`) {
        problems.push({ row: row.row, column: "手机号", code: "PHONE_TAKEN_MEMBER" });
        continue;
      }
      plan.membersCreate.push({ village, name: row.name, phone: row.phone, skills: row.skills });
    } else {
      const existing = accounts.get(row.phone);
      if (existing) {
        if (existing.role === "VILLAGE_SECRETARY" && village.id && existing.villageId === village.id && existing.name === row.name) plan.accountsUnchanged++;
        else problems.push({ row: row.row, column: "手机号", code: "PHONE_TAKEN_ACCOUNT" });
        continue;
      }
      plan.accountsCreate.push({ village, name: row.name, phone: row.phone, row: row.row, villageName: row.village });
    }
  }
  return { plan, problems };
}
