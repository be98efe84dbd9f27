import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError, staleIfNone, translatePrismaError } from "@/lib/errors";
import { parseInput } from "@/lib/schemas";
import { canManageCounties, canManageCountyContents } from "./policy";
import { countyScope, departmentScope, townshipScope, villageScope } from "./scope";
import {
  ZCountyInput, ZDepartmentInput, ZSetPairingInput, ZTownshipInput, ZUpdateCountyInput, ZUpdateDepartmentInput,
  ZUpdateTownshipInput, ZUpdateVillageInput, ZVillageInput,
} from "./schemas";

// Every write: parse again (defence in depth), find the target inside the actor's reach
// (else NOT_FOUND), check policy (else FORBIDDEN), then write naming the version that was read,
// so a concurrent edit is a CONFLICT rather than a silent overwrite.

function assert(allowed: boolean) {
  if (!allowed) throw new AppError("FORBIDDEN");
}

/** A public board handle: short, lower case, no look-alike characters. */
export function newVillageSlug(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(8);
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("");
}

/** Prefecture organisers only; the county joins the actor's prefecture. */
export async function createCounty(actor: Actor, raw: unknown) {
  const input = parseInput(ZCountyInput, raw);
  assert(canManageCounties(actor));
  return db.county
    .create({ data: { name: input.name, prefectureId: actor.prefectureId }, select: { id: true } })
    .catch((error) => translatePrismaError(error, "name"));
}

export async function updateCounty(actor: Actor, raw: unknown) {
  const input = parseInput(ZUpdateCountyInput, raw);
  const county = await db.county.findFirst({ where: { AND: [{ id: input.id }, countyScope(actor)] }, select: { id: true } });
  if (!county) throw new AppError("NOT_FOUND");
  assert(canManageCounties(actor));
  await db.county
    .updateMany({ where: { id: input.id, version: input.version }, data: { name: input.name, version: { increment: 1 } } })
    .then(staleIfNone, (error) => translatePrismaError(error, "name"));
}

export async function createTownship(actor: Actor, raw: unknown) {
  const input = parseInput(ZTownshipInput, raw);
  const county = await db.county.findFirst({ where: { AND: [{ id: input.countyId }, countyScope(actor)] }, select: { id: true } });
  if (!county) throw new AppError("NOT_FOUND");
  assert(canManageCountyContents(actor, county.id));
  return db.township
    .create({ data: { name: input.name, countyId: county.id }, select: { id: true } })
    .catch((error) => translatePrismaError(error, "name"));
}

export async function updateTownship(actor: Actor, raw: unknown) {
  const input = parseInput(ZUpdateTownshipInput, raw);
  const township = await db.township.findFirst({ where: { AND: [{ id: input.id }, townshipScope(actor)] }, select: { countyId: true } });
  if (!township) throw new AppError("NOT_FOUND");
  assert(canManageCountyContents(actor, township.countyId));
  await db.township
    .updateMany({ where: { id: input.id, version: input.version }, data: { name: input.name, version: { increment: 1 } } })
    .then(staleIfNone, (error) => translatePrismaError(error, "name"));
}

export async function createVillage(actor: Actor, raw: unknown) {
  const input = parseInput(ZVillageInput, raw);
  const township = await db.township.findFirst({
    where: { AND: [{ id: input.townshipId }, townshipScope(actor)] },
    select: { id: true, countyId: true },
  });
  if (!township) throw new AppError("NOT_FOUND");
  assert(canManageCountyContents(actor, township.countyId));
  return db.village
    .create({
      data: {
        name: input.name,
        branchName: input.branchName || `${input.name}党支部`,
        households: input.households,
        isPastoral: input.isPastoral,
        slug: newVillageSlug(),
        townshipId: township.id,
        countyId: township.countyId,
      },
      select: { id: true, slug: true },
    })
    .catch((error) => translatePrismaError(error, "name"));
}

export async function updateVillage(actor: Actor, raw: unknown) {
  const input = parseInput(ZUpdateVillageInput, raw);
  const village = await db.village.findFirst({ where: { AND: [{ id: input.id }, villageScope(actor)] }, select: { countyId: true } });
  if (!village) throw new AppError("NOT_FOUND");
  assert(canManageCountyContents(actor, village.countyId));
  await db.village
    .updateMany({
      where: { id: input.id, version: input.version },
      data: {
        name: input.name,
        branchName: input.branchName || `${input.name}党支部`,
        households: input.households,
        isPastoral: input.isPastoral,
        version: { increment: 1 },
      },
    })
    .then(staleIfNone, (error) => translatePrismaError(error, "name"));
}

export async function createDepartment(actor: Actor, raw: unknown) {
  const input = parseInput(ZDepartmentInput, raw);
  const county = await db.county.findFirst({ where: { AND: [{ id: input.countyId }, countyScope(actor)] }, select: { id: true } });
  if (!county) throw new AppError("NOT_FOUND");
  assert(canManageCountyContents(actor, county.id));
  return db.department
    .create({ data: { name: input.name, countyId: county.id }, select: { id: true } })
    .catch((error) => translatePrismaError(error, "name"));
}

export async function updateDepartment(actor: Actor, raw: unknown) {
  const input = parseInput(ZUpdateDepartmentInput, raw);
  const department = await db.department.findFirst({ where: { AND: [{ id: input.id }, departmentScope(actor)] }, select: { countyId: true } });
  if (!department) throw new AppError("NOT_FOUND");
  assert(canManageCountyContents(actor, department.countyId));
  await db.department
    .updateMany({ where: { id: input.id, version: input.version }, data: { name: input.name, version: { increment: 1 } } })
    .then(staleIfNone, (error) => translatePrismaError(error, "name"));
}

/**
 * Pairs a department with a village of its own county, so that it reaches the village and may
 * pledge support to it, or ends the pairing (its pledges stay on the village's board). Both
 * are idempotent.
 */
export async function setPairing(actor: Actor, raw: unknown) {
  const input = parseInput(ZSetPairingInput, raw);
  const department = await db.department.findFirst({ where: { AND: [{ id: input.departmentId }, departmentScope(actor)] }, select: { id: true, countyId: true } });
  if (!department) throw new AppError("NOT_FOUND");
  assert(canManageCountyContents(actor, department.countyId));
  const village = await db.village.findFirst({ where: { id: input.villageId, countyId: department.countyId }, select: { id: true } });
  if (!village) throw new AppError("NOT_FOUND", "NOT_FOUND", "villageId");
  const key = { departmentId: department.id, villageId: village.id };
  if (input.paired) {
    await db.departmentPairing.upsert({ where: { departmentId_villageId: key }, create: key, update: {} });
  } else {
    await db.departmentPairing.deleteMany({ where: key });
  }
}
