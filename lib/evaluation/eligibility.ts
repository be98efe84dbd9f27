import type { PledgeStatus } from "@/lib/generated/prisma/enums";
import { toIsoDay } from "@/lib/format";

// Which pledges a round may evaluate, and which the form ticks by default: pure.

/** On the board and not withdrawn: published, in progress, or finished one way or another. */
export const EVALUABLE_STATUSES = ["PUBLISHED", "IN_PROGRESS", "DONE", "PARTLY_DONE", "NOT_DONE"] as const satisfies readonly PledgeStatus[];

export function isEvaluable(status: PledgeStatus): boolean {
  return (EVALUABLE_STATUSES as readonly PledgeStatus[]).includes(status);
}

/**
 * Ticked by default: the due day has passed (in China time) and no closed round has evaluated
 * the pledge yet. Any other evaluable pledge may be ticked by hand.
 */
export function isDefaultChoice(pledge: { status: PledgeStatus; dueOn: Date; evaluatedBefore: boolean }, today: Date): boolean {
  return isEvaluable(pledge.status) && !pledge.evaluatedBefore && toIsoDay(pledge.dueOn) < toIsoDay(today);
}
