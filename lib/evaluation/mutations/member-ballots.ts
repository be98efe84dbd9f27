import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/schemas";
import { checkRatings } from "../ballot-rules";
import { FieldsError } from "../field-errors";
import { canWriteForBranch } from "../policy";
import { ZMemberBallotInput } from "../schemas";
import { lockRound, remainingAllowance, roundInReach } from "./shared";

/**
 * Records one member's ratings, given at the branch meeting, as a ballot of the member group
 * (channel SECRETARY). The ballot does not say which member: members with no phone vote this
 * way, each at most once, so recorded ballots and member codes together stay within the active
 * members (MEMBERS_ALL_VOTED). Only while the round takes ballots. Idempotent on a client-made id.
 */
export async function recordMemberBallot(actor: Actor, raw: unknown) {
  const input = parseInput(ZMemberBallotInput, raw);
  const round = await roundInReach(actor, input.roundId);
  if (!canWriteForBranch(actor, round.place)) throw new AppError("FORBIDDEN");
  if (!round.groups.includes("MEMBER")) throw new AppError("INVALID", "GROUP_NOT_IN_ROUND");
  if (input.id) {
    const earlier = await db.ballot.findFirst({ where: { id: input.id, roundId: round.id }, select: { id: true } });
    if (earlier) return earlier;
  }
  const checked = checkRatings(input.ratings, input.comments, round.pledgeIds);
  if (!checked.ok) throw new FieldsError(checked.formError, checked.fieldErrors);
  return db.$transaction(async (tx) => {
    const phase = await lockRound(tx, round.id);
    if (phase !== "OPEN") throw new AppError("CONFLICT", phase === "SCHEDULED" ? "ROUND_NOT_OPEN" : "ROUND_CLOSED");
    const allowance = await remainingAllowance(tx, round, "MEMBER");
    if (allowance.used >= allowance.cap) throw new AppError("CONFLICT", "MEMBERS_ALL_VOTED");
    return tx.ballot.create({
      data: {
        id: input.id,
        roundId: round.id,
        group: "MEMBER",
        channel: "SECRETARY",
        votes: { createMany: { data: checked.votes } },
      },
      select: { id: true },
    });
  });
}
