import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { newVillageSlug } from "@/lib/org/mutations";
import type { ImportPlan } from "./plan";

// Writing a checked roster, inside the commit's transaction: a statement per kind of change, each
// taking its rows as arrays (INSERT … SELECT FROM unnest, UPDATE … FROM unnest), so that 100,000
// members are a few statements rather than 100,000 round trips or Prisma building one query with
// tens of thousands of parameters. Raw SQL does not fill in what Prisma would: ids (cuid-like, made
// here) and "updatedAt" are written explicitly; timestamps are UTC, as Prisma stores them.

/** Rows per statement: keeps each statement's arrays a few MB. */
export const ROWS_PER_STATEMENT = 20_000;
const NOW_UTC = "now() AT TIME ZONE 'UTC'";
const ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/** A new row id in the shape of Prisma's cuid(): "c", the time in base 36, then random base-36 characters (25 in all). */
export function newRowId(): string {
  let id = `c${Date.now().toString(36)}`;
  for (const byte of randomBytes(25 - id.length)) id += ID_ALPHABET[byte % ID_ALPHABET.length];
  return id;
}

function* slices<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += ROWS_PER_STATEMENT) yield items.slice(i, i + ROWS_PER_STATEMENT);
}

export async function applyImport(actor: Actor, plan: ImportPlan, hashes: Map<string, string>, tx: Tx): Promise<void> {
  const made = plan.villagesCreate.length
    ? await tx.village.createManyAndReturn({
        data: plan.villagesCreate.map((v) => ({
          name: v.village, branchName: `${v.village}党支部`, households: v.households, isPastoral: v.isPastoral,
          slug: newVillageSlug(), townshipId: v.townshipId, countyId: v.countyId,
        })),
        select: { id: true, name: true, townshipId: true },
      })
    : [];
  // A village the file made is known by its township and name (unique together).
  const newIds = new Map(made.map((v) => [`${v.townshipId}\u0000${v.name}`, v.id]));
  const villageId = (target: { id: string | null; townshipId: string; name: string }) => target.id ?? newIds.get(`${target.townshipId}\u0000${target.name}`)!;

  if (plan.villagesUpdate.length) {
    await tx.$executeRawUnsafe(
      `UPDATE "Village" v SET households = u.households, "isPastoral" = u.pastoral, version = v.version + 1, "updatedAt" = ${NOW_UTC}
       FROM unnest($1::text[], $2::int[], $3::boolean[]) AS u(id, households, pastoral) WHERE v.id = u.id`,
      plan.villagesUpdate.map((u) => u.id), plan.villagesUpdate.map((u) => u.households), plan.villagesUpdate.map((u) => u.isPastoral),
    );
  }
  for (const members of slices(plan.membersCreate)) {
    await tx.$executeRawUnsafe(
      `INSERT INTO "Member" (id, "villageId", name, phone, skills, "createdAt", "updatedAt")
       SELECT u.id, u.village, u.name, NULLIF(u.phone, ''), u.skills, ${NOW_UTC}, ${NOW_UTC}
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(id, village, name, phone, skills)`,
      members.map(() => newRowId()), members.map((m) => villageId(m.village)), members.map((m) => m.name), members.map((m) => m.phone),
      members.map((m) => m.skills),
    );
  }
  for (const updates of slices(plan.membersUpdate)) {
    await tx.$executeRawUnsafe(
      `UPDATE "Member" m SET skills = u.skills, version = m.version + 1, "updatedAt" = ${NOW_UTC}
       FROM unnest($1::text[], $2::text[]) AS u(id, skills) WHERE m.id = u.id`,
      updates.map((u) => u.id), updates.map((u) => u.skills),
    );
  }
  if (plan.accountsCreate.length) {
    await tx.user.createMany({
      data: plan.accountsCreate.map((a) => ({
        name: a.name, phone: a.phone, role: "VILLAGE_SECRETARY" as const, passwordHash: hashes.get(a.phone)!, prefectureId: actor.prefectureId,
        countyId: a.village.countyId, townshipId: a.village.townshipId, villageId: villageId(a.village),
      })),
    });
  }
}
