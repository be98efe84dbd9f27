import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { countyScope, departmentScope, townshipScope, villageScope } from "./scope";

export const PAGE_SIZE = 50;

/** Counties in the actor's reach, with how many townships and villages each has. */
export function listCounties(actor: Actor) {
  return db.county.findMany({
    where: countyScope(actor),
    orderBy: { name: "asc" },
    select: { id: true, name: true, version: true, _count: { select: { townships: true, villages: true, departments: true } } },
  });
}

/** One county in reach, else NOT_FOUND. */
export async function getCounty(actor: Actor, id: string) {
  const county = await db.county.findFirst({
    where: { AND: [{ id }, countyScope(actor)] },
    select: { id: true, name: true, version: true },
  });
  if (!county) throw new AppError("NOT_FOUND");
  return county;
}

/** Townships in reach, optionally of one county. */
export function listTownships(actor: Actor, filter: { countyId?: string } = {}) {
  return db.township.findMany({
    where: { AND: [townshipScope(actor), filter.countyId ? { countyId: filter.countyId } : {}] },
    orderBy: [{ county: { name: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, version: true, countyId: true, county: { select: { name: true } }, _count: { select: { villages: true } } },
  });
}

export async function getTownship(actor: Actor, id: string) {
  const township = await db.township.findFirst({
    where: { AND: [{ id }, townshipScope(actor)] },
    select: { id: true, name: true, version: true, countyId: true, county: { select: { name: true } } },
  });
  if (!township) throw new AppError("NOT_FOUND");
  return township;
}

/** Villages in reach, filtered and paged (50 a page). */
export async function listVillages(actor: Actor, filter: { townshipId?: string; countyId?: string; page?: number } = {}) {
  const where = {
    AND: [
      villageScope(actor),
      filter.townshipId ? { townshipId: filter.townshipId } : {},
      filter.countyId ? { countyId: filter.countyId } : {},
    ],
  };
  const page = Math.max(1, filter.page ?? 1);
  const [total, villages] = await Promise.all([
    db.village.count({ where }),
    db.village.findMany({
      where,
      orderBy: [{ township: { name: "asc" } }, { name: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true, name: true, branchName: true, slug: true, households: true, isPastoral: true, version: true,
        townshipId: true, countyId: true, township: { select: { name: true } },
        _count: { select: { members: { where: { isActive: true } } } },
      },
    }),
  ]);
  return { villages, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export async function getVillage(actor: Actor, id: string) {
  const village = await db.village.findFirst({
    where: { AND: [{ id }, villageScope(actor)] },
    select: {
      id: true, name: true, branchName: true, slug: true, households: true, isPastoral: true, version: true,
      townshipId: true, countyId: true, township: { select: { name: true } }, county: { select: { name: true } },
    },
  });
  if (!village) throw new AppError("NOT_FOUND");
  return village;
}

export function listDepartments(actor: Actor, filter: { countyId?: string } = {}) {
  return db.department.findMany({
    where: { AND: [departmentScope(actor), filter.countyId ? { countyId: filter.countyId } : {}] },
    orderBy: [{ county: { name: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, version: true, countyId: true, county: { select: { name: true } }, _count: { select: { pairings: true } } },
  });
}

/** A department in reach, with the villages it is paired with (上下联动) and the others of its county it could be. */
export async function getDepartment(actor: Actor, id: string) {
  const department = await db.department.findFirst({
    where: { AND: [{ id }, departmentScope(actor)] },
    select: {
      id: true, name: true, version: true, countyId: true, county: { select: { name: true } },
      pairings: { select: { village: { select: { id: true, name: true, township: { select: { name: true } } } } } },
    },
  });
  if (!department) throw new AppError("NOT_FOUND");
  const { pairings, ...rest } = department;
  const paired = pairings.map((p) => p.village).sort((a, b) => a.township.name.localeCompare(b.township.name, "zh") || a.name.localeCompare(b.name, "zh"));
  const pairable = await db.village.findMany({
    where: { countyId: department.countyId, id: { notIn: paired.map((v) => v.id) } },
    orderBy: [{ township: { name: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, township: { select: { name: true } } },
  });
  return { ...rest, paired, pairable };
}

/** Display names of the actor's own place, for the shell's header. */
export async function getActorPlaceNames(actor: Actor) {
  const [prefecture, county, township, village, department] = await Promise.all([
    db.prefecture.findUnique({ where: { id: actor.prefectureId }, select: { name: true } }),
    actor.countyId ? db.county.findUnique({ where: { id: actor.countyId }, select: { name: true } }) : null,
    actor.townshipId ? db.township.findUnique({ where: { id: actor.townshipId }, select: { name: true } }) : null,
    actor.villageId ? db.village.findUnique({ where: { id: actor.villageId }, select: { name: true } }) : null,
    actor.departmentId ? db.department.findUnique({ where: { id: actor.departmentId }, select: { name: true } }) : null,
  ]);
  return [prefecture, county, township, village, department].filter(Boolean).map((place) => place!.name);
}
