import type { Tx } from "@/lib/db";
import type { PledgeEventType, Prisma } from "@/lib/generated/prisma/client";
import { GENESIS_HASH, hashEvent } from "./chain";

/**
 * Appends an event to a pledge's chain inside the caller's transaction. The pledge row is
 * locked first, so two writers to one pledge queue instead of forking the chain.
 */
export async function appendPledgeEvent(
  tx: Tx,
  input: { pledgeId: string; type: PledgeEventType; payload: Prisma.InputJsonValue; actorId: string | null; at?: Date },
) {
  await tx.$queryRaw`SELECT id FROM "Pledge" WHERE id = ${input.pledgeId} FOR UPDATE`;
  const last = await tx.pledgeEvent.findFirst({
    where: { pledgeId: input.pledgeId },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  // Millisecond precision: what Postgres stores is what the hash must cover.
  const createdAt = new Date(Math.floor((input.at ?? new Date()).getTime()));
  const content = {
    pledgeId: input.pledgeId,
    seq: (last?.seq ?? 0) + 1,
    type: input.type,
    payload: input.payload,
    actorId: input.actorId,
    createdAt,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  return tx.pledgeEvent.create({ data: { ...content, hash: hashEvent(content) } });
}
