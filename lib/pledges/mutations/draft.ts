import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentCampaign } from "@/lib/campaigns/queries";
import { db, type Tx } from "@/lib/db";
import type { PledgerKind } from "@/lib/generated/prisma/enums";
import { AppError, staleIfNone, translatePrismaError } from "@/lib/errors";
import { appendPledgeEvent } from "@/lib/history/append-event";
import { parseInput } from "@/lib/schemas";
import { villageInReach } from "@/lib/village-work/guards";
import { canWriteVillageWork } from "@/lib/village-work/policy";
import { isEditable } from "../lifecycle";
import { canPledgeUpward } from "../policy";
import { PUBLIC_TEXT_FIELDS, publicText } from "../public-text";
import { ZPledgeDraftInput, ZPledgeStepInput, ZUpdatePledgeInput, ZUpwardPledgeInput, type TPledgeTextFields } from "../schemas";
import {
  activeMemberOf, dueDay, focusProblemOf, requireTransition, storedText, textColumns, vagueFlagsFor, writablePledge,
} from "./shared";

// Writing a pledge: drafts, edits while it is a draft or returned, and submission for review.
// The secretary writes the branch's and members' pledges; township and department officers write
// their upward pledges (上下联动). Each write and its event share one transaction.

type Village = { id: string; townshipId: string; countyId: string };
type Pledger = { pledgerKind: PledgerKind; memberId: string | null; pledgerTownshipId: string | null; departmentId: string | null };
type DraftInput = TPledgeTextFields & { id?: string; problemId?: string };

/**
 * Saves a new draft in the village's current campaign, with the vagueness flags of its text.
 * Idempotent on a client-made id: a retried submit returns the pledge the first one made.
 */
async function saveNewDraft(actor: Actor, village: Village, input: DraftInput, pledgerOf: (tx: Tx) => Promise<Pledger>) {
  const existing = async () => (input.id ? db.pledge.findFirst({ where: { id: input.id, villageId: village.id }, select: { id: true, vagueFlags: true } }) : null);
  const earlier = await existing();
  if (earlier) return earlier;

  const campaign = await getCurrentCampaign(actor.prefectureId);
  try {
    return await db.$transaction(async (tx) => {
      const pledger = await pledgerOf(tx);
      const problemId = input.problemId ? (await focusProblemOf(tx, village.id, campaign.id, input.problemId)).id : null;
      const dueOn = await dueDay(tx, campaign.id, input.dueOn);
      const vagueFlags = await vagueFlagsFor(tx, { id: input.id, villageId: village.id, campaignId: campaign.id, memberId: pledger.memberId }, input);
      const pledge = await tx.pledge.create({
        data: {
          id: input.id,
          campaignId: campaign.id,
          villageId: village.id,
          townshipId: village.townshipId,
          countyId: village.countyId,
          ...pledger,
          problemId,
          ...textColumns(input, dueOn),
          vagueFlags,
          createdById: actor.userId,
        },
        select: { id: true, vagueFlags: true, ...PUBLIC_TEXT_FIELDS },
      });
      await appendPledgeEvent(tx, { pledgeId: pledge.id, type: "CREATED", payload: publicText(pledge), actorId: actor.userId });
      return { id: pledge.id, vagueFlags: pledge.vagueFlags };
    });
  } catch (error) {
    // Two retries of one submit raced: the first one's pledge is the answer.
    const raced = (error as { code?: string }).code === "P2002" ? await existing() : null;
    if (raced) return raced;
    return translatePrismaError(error, "id");
  }
}

/** A new draft pledge of the village's branch or of one of its members, by its secretary. */
export async function createPledge(actor: Actor, raw: unknown) {
  const input = parseInput(ZPledgeDraftInput, raw);
  const village = await villageInReach(actor, input.villageId);
  if (!canWriteVillageWork(actor, village.id)) throw new AppError("FORBIDDEN");
  if (input.pledgerKind !== "BRANCH" && input.pledgerKind !== "MEMBER") throw new AppError("INVALID", "PLEDGER_KIND", "pledgerKind");
  return saveNewDraft(actor, village, input, async (tx) => ({
    pledgerKind: input.pledgerKind,
    memberId: input.pledgerKind === "MEMBER" ? (await activeMemberOf(tx, village.id, input.memberId!)).id : null,
    pledgerTownshipId: null,
    departmentId: null,
  }));
}

/**
 * A new draft upward pledge (上下联动) to one of a village's focus problems, by the township
 * officer of its township or the officer of a department paired with it; the pledger is the
 * officer's own township or department.
 */
export async function createUpwardPledge(actor: Actor, raw: unknown) {
  const input = parseInput(ZUpwardPledgeInput, raw);
  const village = await villageInReach(actor, input.villageId);
  if (!canPledgeUpward(actor)) throw new AppError("FORBIDDEN");
  const byTownship = actor.role === "TOWNSHIP_OFFICER";
  return saveNewDraft(actor, village, input, async () => ({
    pledgerKind: byTownship ? "TOWNSHIP" : "DEPARTMENT",
    memberId: null,
    pledgerTownshipId: byTownship ? actor.townshipId : null,
    departmentId: byTownship ? null : actor.departmentId,
  }));
}

/** Edits a draft or a returned pledge at the version the user saw; a stale edit changes nothing. */
export async function updatePledge(actor: Actor, raw: unknown) {
  const input = parseInput(ZUpdatePledgeInput, raw);
  return db.$transaction(async (tx) => {
    const pledge = await writablePledge(tx, actor, input.id, input.version);
    if (!isEditable(pledge.status)) throw new AppError("CONFLICT", "NOT_EDITABLE");
    const memberId = pledge.pledgerKind === "MEMBER" ? (await activeMemberOf(tx, pledge.villageId, input.memberId ?? pledge.memberId ?? "")).id : null;
    const problemId = input.problemId ? (await focusProblemOf(tx, pledge.villageId, pledge.campaignId, input.problemId)).id : null;
    const dueOn = await dueDay(tx, pledge.campaignId, input.dueOn);
    const vagueFlags = await vagueFlagsFor(tx, { ...pledge, memberId }, input);
    await tx.pledge
      .updateMany({
        where: { id: pledge.id, version: input.version },
        data: { memberId, problemId, ...textColumns(input, dueOn), vagueFlags, version: { increment: 1 } },
      })
      .then(staleIfNone);
    const updated = await tx.pledge.findUniqueOrThrow({ where: { id: pledge.id }, select: { version: true, ...PUBLIC_TEXT_FIELDS } });
    await appendPledgeEvent(tx, { pledgeId: pledge.id, type: "EDITED", payload: publicText(updated), actorId: actor.userId });
    return { id: pledge.id, version: updated.version, vagueFlags };
  });
}

/**
 * Sends a draft (or a returned pledge, after edits) to the township for review. The flags are
 * checked again on the stored text (another member may have written a near-copy meanwhile) and
 * recorded in the event: a flagged pledge may be submitted, the reviewer must override it.
 */
export async function submitPledge(actor: Actor, raw: unknown) {
  const input = parseInput(ZPledgeStepInput, raw);
  return db.$transaction(async (tx) => {
    const pledge = await writablePledge(tx, actor, input.id, input.version);
    requireTransition(pledge.status, "SUBMITTED");
    const vagueFlags = await vagueFlagsFor(tx, pledge, storedText(pledge));
    await tx.pledge
      .updateMany({
        where: { id: pledge.id, version: input.version, status: pledge.status },
        data: { status: "SUBMITTED", vagueFlags, version: { increment: 1 } },
      })
      .then(staleIfNone);
    await appendPledgeEvent(tx, { pledgeId: pledge.id, type: "SUBMITTED", payload: { vagueFlags }, actorId: actor.userId });
    return { id: pledge.id, version: input.version + 1, vagueFlags };
  });
}
