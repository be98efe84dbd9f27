import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError, translatePrismaError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { assignableRoles, canManageAccount } from "@/lib/org/policy";
import { countyScope, departmentScope, townshipScope, userScope, villageScope } from "@/lib/org/scope";
import { parseInput } from "@/lib/schemas";
import { ZCreateAccountInput, ZResetPasswordInput, ZSetAccountActiveInput } from "./schemas";

type Place = { countyId: string | null; townshipId: string | null; villageId: string | null; departmentId: string | null };

/** The full place of a new account, from the one id its role needs; NOT_FOUND outside reach. */
async function resolvePlace(actor: Actor, role: Role, placeId: string): Promise<Place> {
  const none = { countyId: null, townshipId: null, villageId: null, departmentId: null };
  const notFound = () => new AppError("NOT_FOUND", "PLACE_NOT_FOUND", "placeId");
  switch (role) {
    case "PREFECTURE_ORGANISER":
      return none;
    case "COUNTY_ORGANISER": {
      const county = await db.county.findFirst({ where: { AND: [{ id: placeId }, countyScope(actor)] }, select: { id: true } });
      if (!county) throw notFound();
      return { ...none, countyId: county.id };
    }
    case "TOWNSHIP_OFFICER": {
      const township = await db.township.findFirst({ where: { AND: [{ id: placeId }, townshipScope(actor)] }, select: { id: true, countyId: true } });
      if (!township) throw notFound();
      return { ...none, countyId: township.countyId, townshipId: township.id };
    }
    case "DEPARTMENT_OFFICER": {
      const department = await db.department.findFirst({ where: { AND: [{ id: placeId }, departmentScope(actor)] }, select: { id: true, countyId: true } });
      if (!department) throw notFound();
      return { ...none, countyId: department.countyId, departmentId: department.id };
    }
    case "VILLAGE_SECRETARY": {
      const village = await db.village.findFirst({ where: { AND: [{ id: placeId }, villageScope(actor)] }, select: { id: true, countyId: true, townshipId: true } });
      if (!village) throw notFound();
      return { ...none, countyId: village.countyId, townshipId: village.townshipId, villageId: village.id };
    }
  }
}

/** Organisers create accounts of roles not above their own, placed inside their reach. */
export async function createAccount(actor: Actor, raw: unknown) {
  const input = parseInput(ZCreateAccountInput, raw);
  if (!assignableRoles(actor).includes(input.role)) throw new AppError("FORBIDDEN", "FORBIDDEN", "role");
  const place = await resolvePlace(actor, input.role, input.placeId);
  if (!canManageAccount(actor, { role: input.role, countyId: place.countyId })) throw new AppError("FORBIDDEN");
  return db.user
    .create({
      data: {
        name: input.name,
        phone: input.phone,
        role: input.role,
        passwordHash: await hashPassword(input.password),
        prefectureId: actor.prefectureId,
        ...place,
      },
      select: { id: true },
    })
    .catch((error) => translatePrismaError(error, "phone"));
}

async function findManageable(actor: Actor, id: string) {
  const target = await db.user.findFirst({ where: { AND: [{ id }, userScope(actor)] }, select: { id: true, role: true, countyId: true } });
  if (!target) throw new AppError("NOT_FOUND");
  if (!canManageAccount(actor, target)) throw new AppError("FORBIDDEN");
  return target;
}

/** Sets a new password and ends every session of that account. */
export async function resetAccountPassword(actor: Actor, raw: unknown) {
  const input = parseInput(ZResetPasswordInput, raw);
  await findManageable(actor, input.id);
  await db.user.update({
    where: { id: input.id },
    data: { passwordHash: await hashPassword(input.password), sessionVersion: { increment: 1 }, version: { increment: 1 } },
  });
}

/** Disables (ending its sessions) or re-enables an account. */
export async function setAccountActive(actor: Actor, raw: unknown) {
  const input = parseInput(ZSetAccountActiveInput, raw);
  await findManageable(actor, input.id);
  await db.user.update({
    where: { id: input.id },
    data: {
      isActive: input.isActive,
      version: { increment: 1 },
      ...(input.isActive ? {} : { sessionVersion: { increment: 1 } }),
    },
  });
}
