import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { AppError, staleIfNone, translatePrismaError } from "@/lib/errors";
import { villageScope } from "@/lib/org/scope";
import { parseInput } from "@/lib/schemas";
import { assertWritesVillage, writableVillage } from "@/lib/village-work/guards";
import { ZCreateMemberInput, ZDeleteMemberInput, ZSetMemberActiveInput, ZUpdateMemberInput } from "./schemas";

async function writableMember(actor: Actor, id: string, client: Tx = db) {
  const member = await client.member.findFirst({ where: { id, village: villageScope(actor) }, select: { id: true, villageId: true, version: true } });
  if (!member) throw new AppError("NOT_FOUND");
  assertWritesVillage(actor, member.villageId);
  return member;
}

/** Adds a member to the roster. Idempotent on a client-made id: a retried submit returns the first one's member. */
export async function createMember(actor: Actor, raw: unknown) {
  const input = parseInput(ZCreateMemberInput, raw);
  await writableVillage(actor, input.villageId);
  if (input.id) {
    const existing = await db.member.findFirst({ where: { id: input.id, villageId: input.villageId }, select: { id: true } });
    if (existing) return existing;
  }
  return db.member
    .create({
      data: { id: input.id, villageId: input.villageId, name: input.name, phone: input.phone || null, skills: input.skills },
      select: { id: true },
    })
    .catch((error: unknown) => translatePrismaError(error, "id"));
}

export async function updateMember(actor: Actor, raw: unknown) {
  const input = parseInput(ZUpdateMemberInput, raw);
  await writableMember(actor, input.id);
  await db.member
    .updateMany({
      where: { id: input.id, version: input.version },
      data: { name: input.name, phone: input.phone || null, skills: input.skills, version: { increment: 1 } },
    })
    .then(staleIfNone);
}

/** Deactivates (or reactivates) a member: how a member with pledges leaves the roster. */
export async function setMemberActive(actor: Actor, raw: unknown) {
  const input = parseInput(ZSetMemberActiveInput, raw);
  await writableMember(actor, input.id);
  await db.member
    .updateMany({
      where: { id: input.id, ...(input.version === undefined ? {} : { version: input.version }) },
      data: { isActive: input.isActive, version: { increment: 1 } },
    })
    .then(staleIfNone);
}

/**
 * Removes a member entered by mistake. A member with any pledge (any campaign, any state) is
 * kept: CONFLICT HAS_PLEDGES tells the UI to deactivate him instead. The member row is locked
 * while counting, so a pledge written for him meanwhile waits and then finds him gone, rather
 * than losing its member (the foreign key would set it to null).
 */
export async function deleteMember(actor: Actor, raw: unknown) {
  const input = parseInput(ZDeleteMemberInput, raw);
  await db.$transaction(async (tx) => {
    const member = await writableMember(actor, input.id, tx);
    await tx.$queryRaw`SELECT id FROM "Member" WHERE id = ${member.id} FOR UPDATE`;
    const pledges = await tx.pledge.count({ where: { memberId: member.id } });
    if (pledges > 0) throw new AppError("CONFLICT", "HAS_PLEDGES");
    await tx.member.delete({ where: { id: member.id } });
  });
}
