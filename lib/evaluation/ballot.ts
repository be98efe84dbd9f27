import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { countAttempt, refund, type LimitSpec } from "@/lib/limits/rate-limits";
import { parseInput } from "@/lib/schemas";
import { checkRatings } from "./ballot-rules";
import { codeShape, formatCode, hashCode, normaliseCode, sourceTag } from "./codes";
import { FieldsError } from "./field-errors";
import { dayOf, lockRound } from "./mutations/shared";
import { roundPhase, type RoundPhase } from "./round-phase";
import { ZBallotInput } from "./schemas";
import { hashSecret } from "./secret";

// The villager's ballot (评议票): no account, only a one-time code from a printed slip. The one
// public write of evaluation, kept apart from the actor-scoped data layer. A code votes once:
// the ballot's transaction flips the code ISSUED → USED with a conditional update, so of any
// number of simultaneous submissions exactly one finds it ISSUED. The ballot itself keeps no
// trace of its code (no link, and the code keeps only the day it was used), nor of the address
// beyond a keyed, per-round tag used to flag bursts.

/**
 * Code look-ups per address (docs/limits.md): counted before the look-up, so parallel guesses
 * cannot slip under the limit, and given back when the code exists, so only unknown codes add up.
 */
export const BALLOT_CODE_LIMIT = { name: "ballot-code:address", points: 20, durationSeconds: 15 * 60, blockSeconds: 15 * 60 } satisfies LimitSpec;

/** Refusals of a code, each with its own message (ballot.errors in messages). */
export type CodeProblem =
  | "CODE_EMPTY" | "CODE_MALFORMED" | "CODE_CHECK_FAILED" | "CODE_UNKNOWN" | "CODE_USED" | "CODE_VOID"
  | "ROUND_NOT_OPEN" | "ROUND_CLOSED" | "RATE_LIMITED";

const codeError = (problem: CodeProblem) =>
  new AppError(problem === "RATE_LIMITED" ? "RATE_LIMITED" : problem === "CODE_UNKNOWN" ? "NOT_FOUND" : problem.startsWith("ROUND") || problem === "CODE_USED" || problem === "CODE_VOID" ? "CONFLICT" : "INVALID", problem, "code");

const PHASE_PROBLEM: Record<Exclude<RoundPhase, "OPEN">, CodeProblem> = { SCHEDULED: "ROUND_NOT_OPEN", ENDED: "ROUND_CLOSED", CLOSED: "ROUND_CLOSED" };

/** A typed code, normalised and checked for shape; refused before any database work when it cannot be a code. */
function wellFormed(typed: string): string {
  const code = normaliseCode(typed);
  const shape = codeShape(code);
  if (shape === "EMPTY") throw codeError("CODE_EMPTY");
  if (shape === "CHECK_FAILED") throw codeError("CODE_CHECK_FAILED");
  if (shape !== "OK") throw codeError("CODE_MALFORMED");
  return code;
}

/** Finds a code by its hash, throttled per address; the refusals name what is wrong. */
async function findCode(code: string, address: string) {
  if ((await countAttempt(BALLOT_CODE_LIMIT, address)) > 0) throw codeError("RATE_LIMITED");
  const found = await db.ballotCode.findUnique({
    where: { codeHash: hashCode(code, hashSecret()) },
    select: {
      id: true, status: true,
      batch: { select: { group: true } },
      round: { select: { id: true, status: true, opensAt: true, closesAt: true } },
    },
  });
  if (!found) throw codeError("CODE_UNKNOWN");
  await refund(BALLOT_CODE_LIMIT, address);
  return found;
}

const PLEDGE_FIELDS = {
  id: true, pledgerKind: true, area: true, action: true, quantity: true, unit: true, placeOrBeneficiaries: true, dueOn: true,
  responsiblePerson: true, verification: true, status: true, explanation: true,
  member: { select: { name: true } },
  pledgerTownship: { select: { name: true } },
  department: { select: { name: true } },
  progress: {
    orderBy: { createdAt: "desc" },
    take: 2,
    select: { body: true, createdAt: true, files: { orderBy: { createdAt: "asc" }, take: 3, select: { storageKey: true, width: true, height: true } } },
  },
} as const;

/**
 * What a villager sees after entering a code: the village, the voting window and the round's
 * pledges with their latest progress and photos (public fields only). Refuses a code that cannot
 * vote now, with the reason, so nobody fills in a ballot that will not count.
 */
export async function openBallot(typedCode: string, address: string) {
  const code = wellFormed(typedCode);
  const found = await findCode(code, address);
  if (found.status === "USED") throw codeError("CODE_USED");
  if (found.status === "VOID") throw codeError("CODE_VOID");
  const phase = roundPhase(found.round, new Date());
  if (phase !== "OPEN") throw codeError(PHASE_PROBLEM[phase]);
  const round = await db.evaluationRound.findUniqueOrThrow({
    where: { id: found.round.id },
    select: {
      id: true, opensAt: true, closesAt: true,
      village: { select: { name: true, branchName: true, slug: true } },
      pledges: { select: { pledge: { select: PLEDGE_FIELDS } }, orderBy: { pledge: { dueOn: "asc" } } },
    },
  });
  return {
    code: formatCode(code),
    group: found.batch.group,
    round: { id: round.id, opensAt: round.opensAt, closesAt: round.closesAt, village: round.village },
    pledges: round.pledges.map(({ pledge }) => ({
      ...pledge,
      quantity: pledge.quantity === null ? null : pledge.quantity.toString(),
      pledgerName: pledge.member?.name ?? pledge.pledgerTownship?.name ?? pledge.department?.name ?? null,
    })),
  };
}

/**
 * Casts a ballot with a code: every pledge of the round rated (BALLOT_INCOMPLETE with a field
 * error per pledge otherwise), none outside it (NOT_IN_ROUND), comments at most 500 characters.
 * The code's refusals are field errors of "code". Returns the round, for the thank-you page.
 */
export async function submitBallot(raw: unknown, address: string) {
  const input = parseInput(ZBallotInput, raw);
  const code = wellFormed(input.code);
  const found = await findCode(code, address);
  const pledgeIds = (await db.evaluationRoundPledge.findMany({ where: { roundId: found.round.id }, select: { pledgeId: true } })).map((p) => p.pledgeId);
  // The code is refused first: someone whose code is spent, or whose round is over, should not be asked to fix ratings.
  if (found.status === "USED") throw codeError("CODE_USED");
  if (found.status === "VOID") throw codeError("CODE_VOID");
  const early = roundPhase(found.round, new Date());
  if (early !== "OPEN") throw codeError(PHASE_PROBLEM[early]);
  const checked = checkRatings(input.ratings, input.comments, pledgeIds);
  if (!checked.ok) throw new FieldsError(checked.formError, checked.fieldErrors);
  const secret = hashSecret();
  return db.$transaction(
    async (tx) => {
      // Shared: ballots do not wait for each other, but closing the round waits for them and they for it.
      const phase = await lockRound(tx, found.round.id, "share");
      if (phase !== "OPEN") throw codeError(PHASE_PROBLEM[phase]);
      const now = new Date();
      const flipped = await tx.ballotCode.updateMany({ where: { id: found.id, status: "ISSUED" }, data: { status: "USED", usedAt: dayOf(now) } });
      if (flipped.count === 0) {
        const current = await tx.ballotCode.findUniqueOrThrow({ where: { id: found.id }, select: { status: true } });
        throw codeError(current.status === "VOID" ? "CODE_VOID" : "CODE_USED");
      }
      await tx.ballot.create({
        data: {
          roundId: found.round.id,
          group: found.batch.group,
          channel: "CODE",
          sourceTag: sourceTag(found.round.id, address, secret),
          createdAt: now,
          votes: { createMany: { data: checked.votes } },
        },
        select: { id: true },
      });
      return { roundId: found.round.id };
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
}
