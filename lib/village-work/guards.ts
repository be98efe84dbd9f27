import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { villageScope } from "@/lib/org/scope";
import { canWriteVillageWork } from "./policy";

/** A village in the actor's reach, with its place; NOT_FOUND outside the reach. */
export async function villageInReach(actor: Actor, villageId: string, client: Tx = db) {
  const village = await client.village.findFirst({
    where: { AND: [{ id: villageId }, villageScope(actor)] },
    select: { id: true, townshipId: true, countyId: true },
  });
  if (!village) throw new AppError("NOT_FOUND");
  return village;
}

/** FORBIDDEN unless the actor writes this village's own work (its secretary). */
export function assertWritesVillage(actor: Actor, villageId: string): void {
  if (!canWriteVillageWork(actor, villageId)) throw new AppError("FORBIDDEN");
}

/** A village whose own work the actor may write: NOT_FOUND outside reach, FORBIDDEN inside it. */
export async function writableVillage(actor: Actor, villageId: string, client: Tx = db) {
  const village = await villageInReach(actor, villageId, client);
  assertWritesVillage(actor, village.id);
  return village;
}
