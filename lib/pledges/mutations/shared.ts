import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PledgeStatus } from "@/lib/generated/prisma/enums";
import { villageScope } from "@/lib/org/scope";
import { assertTransition, type RequirementCode, type TransitionFacts } from "../lifecycle";
import { canWritePledge } from "../policy";
import { PUBLIC_TEXT_FIELDS } from "../public-text";
import type { TPledgeTextFields } from "../schemas";
import { checkVagueness, flagCodes } from "../vagueness";

// What the pledge mutations share: loading a pledge in the actor's reach, turning the lifecycle's
// unmet requirements into field errors, and checking the references and dates of a text.

export const PLEDGE_FIELDS = {
  ...PUBLIC_TEXT_FIELDS,
  id: true, campaignId: true, villageId: true, townshipId: true, countyId: true, status: true, vagueFlags: true, version: true, textVersion: true,
  pledgerKind: true, pledgerTownshipId: true, departmentId: true,
} as const;

/** A pledge in the actor's reach, read inside the transaction; NOT_FOUND outside the reach. */
export async function pledgeInReach(tx: Tx, actor: Actor, id: string) {
  const pledge = await tx.pledge.findFirst({ where: { id, village: villageScope(actor) }, select: PLEDGE_FIELDS });
  if (!pledge) throw new AppError("NOT_FOUND");
  return pledge;
}

/** A pledge the actor may write (see policy.ts canWritePledge), at the version the user saw. */
export async function writablePledge(tx: Tx, actor: Actor, id: string, version: number) {
  const pledge = await pledgeInReach(tx, actor, id);
  if (!canWritePledge(actor, pledge)) throw new AppError("FORBIDDEN");
  if (pledge.version !== version) throw new AppError("CONFLICT", "STALE");
  return pledge;
}

const REQUIREMENT_FIELDS: Record<RequirementCode, string | undefined> = {
  TRANSITION_NOT_ALLOWED: undefined,
  EVIDENCE_REQUIRED: "outcome",
  EXPLANATION_REQUIRED: "explanation",
  OVERRIDE_REASON_REQUIRED: "overrideReason",
  COMMENT_REQUIRED: "comment",
  PLAN_REQUIRED: "problemId",
  AMENDMENT_REASON_REQUIRED: "reason",
};

/**
 * Refuses a status change the lifecycle does not allow (CONFLICT TRANSITION_NOT_ALLOWED: the
 * pledge moved on since the page was drawn) or whose requirements are unmet (INVALID, with the
 * requirement as the message and the form field it belongs under).
 */
export function requireTransition(from: PledgeStatus, to: PledgeStatus, facts: TransitionFacts = {}) {
  const [unmet] = assertTransition(from, to, facts);
  if (!unmet) return;
  if (unmet === "TRANSITION_NOT_ALLOWED") throw new AppError("CONFLICT", unmet);
  throw new AppError("INVALID", unmet, REQUIREMENT_FIELDS[unmet]);
}

/** The campaign's first and last day contain the due day, or DUE_OUTSIDE_CAMPAIGN on dueOn. */
export async function dueDay(tx: Tx, campaignId: string, dueOn: string): Promise<Date> {
  const campaign = await tx.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { startsOn: true, endsOn: true } });
  const day = new Date(`${dueOn}T00:00:00Z`);
  if (day < campaign.startsOn || day > campaign.endsOn) throw new AppError("INVALID", "DUE_OUTSIDE_CAMPAIGN", "dueOn");
  return day;
}

/** An active member of that village, or NOT_FOUND on memberId (another village's member is not found). */
export async function activeMemberOf(tx: Tx, villageId: string, memberId: string) {
  const member = await tx.member.findFirst({ where: { id: memberId, villageId, isActive: true }, select: { id: true } });
  if (!member) throw new AppError("NOT_FOUND", "NOT_FOUND", "memberId");
  return member;
}

/** A focus problem of that village in that campaign, or NOT_FOUND / NOT_FOCUS on problemId. */
export async function focusProblemOf(tx: Tx, villageId: string, campaignId: string, problemId: string) {
  const problem = await tx.problem.findFirst({ where: { id: problemId, villageId, campaignId }, select: { id: true, isFocus: true } });
  if (!problem) throw new AppError("NOT_FOUND", "NOT_FOUND", "problemId");
  if (!problem.isFocus) throw new AppError("INVALID", "NOT_FOCUS", "problemId");
  return problem;
}

/**
 * The codes of the vagueness check for a text, near-copies included: compared with the other
 * members' pledges of the village in the campaign (not the same member's, not withdrawn ones).
 */
export async function vagueFlagsFor(
  tx: Tx,
  pledge: { id?: string; villageId: string; campaignId: string; memberId: string | null },
  text: Pick<TPledgeTextFields, "action" | "quantity" | "unit" | "placeOrBeneficiaries" | "dueOn" | "responsiblePerson" | "verification">,
): Promise<string[]> {
  const others = await tx.pledge.findMany({
    where: {
      villageId: pledge.villageId,
      campaignId: pledge.campaignId,
      pledgerKind: "MEMBER",
      status: { not: "WITHDRAWN" },
      ...(pledge.id ? { id: { not: pledge.id } } : {}),
      ...(pledge.memberId ? { memberId: { not: pledge.memberId } } : {}),
    },
    select: { id: true, action: true, member: { select: { name: true } } },
  });
  const otherPledges = others.map((other) => ({ id: other.id, action: other.action, memberName: other.member?.name }));
  return flagCodes(checkVagueness({ id: pledge.id ?? null, ...text }, { otherPledges }));
}

/** The text columns of a parsed text input, for a create or an update. */
export function textColumns(text: TPledgeTextFields, dueOn: Date) {
  return {
    area: text.area,
    action: text.action,
    quantity: text.quantity ?? null,
    unit: text.unit ?? null,
    placeOrBeneficiaries: text.placeOrBeneficiaries,
    dueOn,
    responsiblePerson: text.responsiblePerson,
    verification: text.verification,
  };
}

/** The vagueness check's view of a stored pledge (for re-checking at submit). */
export function storedText(pledge: {
  action: string; quantity: { toString(): string } | null; unit: string | null; placeOrBeneficiaries: string; dueOn: Date;
  responsiblePerson: string; verification: string;
}) {
  return {
    action: pledge.action,
    quantity: pledge.quantity === null ? undefined : pledge.quantity.toString(),
    unit: pledge.unit ?? undefined,
    placeOrBeneficiaries: pledge.placeOrBeneficiaries,
    dueOn: pledge.dueOn.toISOString().slice(0, 10),
    responsiblePerson: pledge.responsiblePerson,
    verification: pledge.verification,
  };
}
