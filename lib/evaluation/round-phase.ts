import type { RoundStatus } from "@/lib/generated/prisma/enums";

// Where a round stands at a moment: pure, "now" is a parameter. The stored status says only
// whether the round was closed; the window decides whether a ballot is taken.
//
//   SCHEDULED  not closed, before opensAt: codes can be printed, nobody votes yet
//   OPEN       not closed, opensAt ≤ now < closesAt: ballots are taken
//   ENDED      not closed, past closesAt: no more ballots; paper tallies can still be entered;
//              the results wait for someone to close the round
//   CLOSED     closed: results are published, nothing more is counted

export type RoundPhase = "SCHEDULED" | "OPEN" | "ENDED" | "CLOSED";

export function roundPhase(round: { status: RoundStatus; opensAt: Date; closesAt: Date }, now: Date): RoundPhase {
  if (round.status === "CLOSED") return "CLOSED";
  if (now < round.opensAt) return "SCHEDULED";
  if (now >= round.closesAt) return "ENDED";
  return "OPEN";
}

/** Codes may be printed and voided until the voting window is over. */
export const canPrintCodes = (phase: RoundPhase) => phase === "SCHEDULED" || phase === "OPEN";
/** The mass meeting's paper tally may be entered until the round is closed. */
export const canEnterTallies = (phase: RoundPhase) => phase === "OPEN" || phase === "ENDED";
