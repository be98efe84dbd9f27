// The pledge lifecycle as data, and pure guards over it. No I/O and no clock: the data layer asks
// these before it writes a status change (and appends the event), the UI asks them to decide which
// buttons to show. "Today" is always a parameter.
//
//   DRAFT ─submit→ SUBMITTED ─approve→ APPROVED ─publish→ PUBLISHED ─start→ IN_PROGRESS
//                  │  ↑                                   │  amend ↺          │  amend ↺
//            return↓  │submit (after edits)               └──────┬────────────┘
//                  RETURNED                           complete → DONE (evidence)
//                                                     completePartly → PARTLY_DONE (explanation)
//                                                     markNotDone → NOT_DONE (explanation)
//                                                     withdraw → WITHDRAWN (public reason)
//
// A published pledge may be closed without a "start" first: a pledge nobody started still ends as
// NOT_DONE, and one finished in a single go goes straight to DONE (the demo seed does both).

import type { PledgeStatus } from "@/lib/generated/prisma/enums";
import { daysLeft } from "@/lib/format";

export type PledgeAction =
  | "submit" | "approve" | "return" | "publish" | "start" | "complete" | "completePartly" | "markNotDone" | "withdraw" | "amend";

export type Transition = { readonly to: PledgeStatus; readonly action: PledgeAction };

const CLOSE_OUT: readonly Transition[] = [
  { to: "DONE", action: "complete" },
  { to: "PARTLY_DONE", action: "completePartly" },
  { to: "NOT_DONE", action: "markNotDone" },
  { to: "WITHDRAWN", action: "withdraw" },
];

/** Every allowed status change, by the status it starts from. Anything not listed is refused. */
export const PLEDGE_TRANSITIONS: Readonly<Record<PledgeStatus, readonly Transition[]>> = {
  DRAFT: [{ to: "SUBMITTED", action: "submit" }],
  SUBMITTED: [
    { to: "APPROVED", action: "approve" },
    { to: "RETURNED", action: "return" },
  ],
  RETURNED: [{ to: "SUBMITTED", action: "submit" }],
  APPROVED: [{ to: "PUBLISHED", action: "publish" }],
  // "amend" keeps the status: the public text gets a new version with a reason.
  PUBLISHED: [{ to: "IN_PROGRESS", action: "start" }, ...CLOSE_OUT, { to: "PUBLISHED", action: "amend" }],
  IN_PROGRESS: [...CLOSE_OUT, { to: "IN_PROGRESS", action: "amend" }],
  DONE: [],
  PARTLY_DONE: [],
  NOT_DONE: [],
  WITHDRAWN: [],
};

export const PLEDGE_STATUSES = Object.keys(PLEDGE_TRANSITIONS) as PledgeStatus[];

/** Outcomes: nothing follows them, and a pledge in one is never overdue. */
export const CLOSED_STATUSES: readonly PledgeStatus[] = ["DONE", "PARTLY_DONE", "NOT_DONE", "WITHDRAWN"];

const EDITABLE: readonly PledgeStatus[] = ["DRAFT", "RETURNED"];
const PUBLIC: readonly PledgeStatus[] = ["PUBLISHED", "IN_PROGRESS", "DONE", "PARTLY_DONE", "NOT_DONE", "WITHDRAWN"];

export function canTransition(from: PledgeStatus, to: PledgeStatus): boolean {
  return transitionAction(from, to) !== null;
}

/** The action that moves `from` to `to`, or null when that change is not allowed. */
export function transitionAction(from: PledgeStatus, to: PledgeStatus): PledgeAction | null {
  return PLEDGE_TRANSITIONS[from]?.find((t) => t.to === to)?.action ?? null;
}

/** Where `action` leads from `from`, or null when it is not available there. */
export function targetOf(from: PledgeStatus, action: PledgeAction): PledgeStatus | null {
  return PLEDGE_TRANSITIONS[from]?.find((t) => t.action === action)?.to ?? null;
}

/** The actions offered for a pledge in `status` (e.g. for its buttons). */
export function actionsFrom(status: PledgeStatus): PledgeAction[] {
  return (PLEDGE_TRANSITIONS[status] ?? []).map((t) => t.action);
}

export const REQUIREMENT_CODES = [
  "TRANSITION_NOT_ALLOWED",
  "EVIDENCE_REQUIRED",
  "EXPLANATION_REQUIRED",
  "OVERRIDE_REASON_REQUIRED",
  "COMMENT_REQUIRED",
  "PLAN_REQUIRED",
  "AMENDMENT_REASON_REQUIRED",
] as const;
export type RequirementCode = (typeof REQUIREMENT_CODES)[number];

/** What the data layer knows about the pledge at the moment of the change. */
export type TransitionFacts = {
  /** complete: at least one progress update with a photo or other evidence. */
  hasEvidence?: boolean;
  /** completePartly, markNotDone, withdraw: the public explanation (or reason). */
  explanation?: string | null;
  /** approve: the vagueness flags (or their codes) of the text being approved. */
  vagueFlags?: readonly (string | { code: string })[] | null;
  /** approve: the reviewer's written reason for approving a flagged pledge. */
  overrideReason?: string | null;
  /** return: the reviewer's comment the secretary will see. */
  comment?: string | null;
  /**
   * publish: whether the focus problem the pledge serves has a rectification plan. Leave it out
   * (or null) only when the pledge serves no focus problem.
   */
  problemHasPlan?: boolean | null;
  /** amend: why the published text changes. */
  amendmentReason?: string | null;
};

const filled = (value: string | null | undefined) => typeof value === "string" && value.trim().length > 0;

/**
 * The requirements a change from `from` to `to` does not meet yet, in REQUIREMENT_CODES order;
 * empty when the change may go ahead. A change the table does not allow is TRANSITION_NOT_ALLOWED
 * and nothing else.
 */
export function assertTransition(from: PledgeStatus, to: PledgeStatus, facts: TransitionFacts = {}): RequirementCode[] {
  const action = transitionAction(from, to);
  if (action === null) return ["TRANSITION_NOT_ALLOWED"];
  const unmet = new Set<RequirementCode>();
  switch (action) {
    case "complete":
      if (facts.hasEvidence !== true) unmet.add("EVIDENCE_REQUIRED");
      break;
    case "completePartly":
    case "markNotDone":
    case "withdraw":
      if (!filled(facts.explanation)) unmet.add("EXPLANATION_REQUIRED");
      break;
    case "approve":
      if ((facts.vagueFlags?.length ?? 0) > 0 && !filled(facts.overrideReason)) unmet.add("OVERRIDE_REASON_REQUIRED");
      break;
    case "return":
      if (!filled(facts.comment)) unmet.add("COMMENT_REQUIRED");
      break;
    case "publish":
      if (facts.problemHasPlan === false) unmet.add("PLAN_REQUIRED");
      break;
    case "amend":
      if (!filled(facts.amendmentReason)) unmet.add("AMENDMENT_REASON_REQUIRED");
      break;
    case "submit":
    case "start":
      break;
  }
  return REQUIREMENT_CODES.filter((code) => unmet.has(code));
}

/** Whether the secretary may still change the text freely (a published text changes by amendment). */
export function isEditable(status: PledgeStatus): boolean {
  return EDITABLE.includes(status);
}

/** Whether the pledge is on the public board: from publication on, a withdrawn one with its reason. */
export function isPublic(status: PledgeStatus): boolean {
  return PUBLIC.includes(status);
}

export function isClosed(status: PledgeStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

type Dated = { status: PledgeStatus; dueOn: Date | string | null | undefined };

/**
 * The due day has passed (calendar days in Asia/Shanghai) and the pledge has no outcome yet. A
 * pledge is due through the whole of its due day: it becomes overdue at the next midnight, China time.
 * `today` is an instant (or a "YYYY-MM-DD" day); `dueOn` a @db.Date or a "YYYY-MM-DD" day.
 */
export function isOverdue(pledge: Dated, today: Date | string): boolean {
  if (isClosed(pledge.status) || pledge.dueOn === null || pledge.dueOn === undefined || pledge.dueOn === "") return false;
  return daysLeft(pledge.dueOn, today) < 0;
}

/** Overdue and no public explanation yet: the board flags it until one is published. */
export function needsExplanation(pledge: Dated & { explanation?: string | null }, today: Date | string): boolean {
  return isOverdue(pledge, today) && !filled(pledge.explanation);
}
