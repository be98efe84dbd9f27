// Pledges with their whole history: the lifecycle events that led to their status, progress
// updates, and the township's assessment.
import type { Tx } from "@/lib/db";
import type { Assessment, PledgeStatus, Prisma } from "@/lib/generated/prisma/client";
import { appendPledgeEvent } from "@/lib/history/append-event";
import { publicText } from "@/lib/pledges/public-text";
import { day } from "./dates";
import { inTransaction, type DbClient } from "./db-client";
import { campaignFor } from "./internal/current-campaign";
import { DEFAULT_EXPLANATIONS, defaultProgress, eventTimes, lifecycleEvents } from "./internal/pledge-lifecycle";
import { villagePlace } from "./internal/village-place";
import { createMember } from "./people";
import { createDepartment, createVillage } from "./places";

export type PledgeOptions = {
  /** Who created and submitted it (a village secretary); also the author of progress updates. */
  actorId?: string | null;
  /** Who approved or returned it (a township officer). */
  reviewerId?: string | null;
  /** When it was created; the review steps follow a day or two apart. Default: just now. */
  at?: Date;
  /** When its last event happened; events after publication are spread up to it. */
  until?: Date;
  /** Progress update bodies, for pledges that made progress. */
  progress?: string[];
  /** The village's place and the campaign's end, when the caller already knows them (saves two reads). */
  known?: { townshipId: string; countyId: string; prefectureId: string; campaignEndsOn?: Date };
};

/** The statuses that had been published. */
export const PUBLISHED_STATUSES: readonly PledgeStatus[] = ["PUBLISHED", "IN_PROGRESS", "DONE", "PARTLY_DONE", "NOT_DONE", "WITHDRAWN"];
export const FINISHED_STATUSES: readonly PledgeStatus[] = ["DONE", "PARTLY_DONE", "NOT_DONE"];

/** The public text fields of a pledge as a JSON value (the CREATED payload, and amendments): the app's own definition. */
export const pledgeText = publicText;

/**
 * A pledge on one village's board. villageId, townshipId and countyId always come from the
 * village. A CREATED event is appended, then the events of the lifecycle that led to its status
 * (SUBMITTED, APPROVED, PUBLISHED, then progress, status changes and explanations), so every
 * chain is whole. Progress updates are created for pledges that made progress.
 */
export async function createPledge(db: DbClient, overrides: Partial<Prisma.PledgeUncheckedCreateInput> = {}, options: PledgeOptions = {}) {
  return inTransaction(db, async (tx) => {
    const villageId = overrides.villageId ?? (await createVillage(tx)).id;
    const known = overrides.villageId ? options.known : undefined;
    const village = known
      ? { townshipId: known.townshipId, countyId: known.countyId, county: { prefectureId: known.prefectureId } }
      : await villagePlace(tx, villageId);
    let campaignId = overrides.campaignId;
    let campaignEnd: Date | undefined = known?.campaignEndsOn;
    if (!campaignId) {
      const campaign = await campaignFor(tx, village.county.prefectureId);
      campaignId = campaign.id;
      campaignEnd = campaign.endsOn;
    } else if (!overrides.dueOn && !campaignEnd) {
      campaignEnd = (await tx.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { endsOn: true } })).endsOn;
    }

    const pledgerKind = overrides.pledgerKind ?? (overrides.departmentId ? "DEPARTMENT" : overrides.pledgerTownshipId ? "TOWNSHIP" : overrides.memberId !== undefined ? "MEMBER" : "BRANCH");
    let { memberId = null, pledgerTownshipId = null, departmentId = null } = overrides;
    if (pledgerKind === "MEMBER" && !memberId) memberId = (await createMember(tx, { villageId })).id;
    if (pledgerKind === "TOWNSHIP" && !pledgerTownshipId) pledgerTownshipId = village.townshipId;
    if (pledgerKind === "DEPARTMENT" && !departmentId) {
      departmentId = (await createDepartment(tx, { countyId: village.countyId })).id;
      await tx.departmentPairing.create({ data: { departmentId, villageId } });
    }

    const status: PledgeStatus = overrides.status ?? "DRAFT";
    const explanation = overrides.explanation !== undefined ? overrides.explanation : (DEFAULT_EXPLANATIONS[status] ?? null);
    const reviewComment =
      overrides.reviewComment !== undefined ? overrides.reviewComment : status === "RETURNED" ? "验收方式不具体，请写明由谁验收、看什么。" : null;
    const quantity = overrides.quantity !== undefined ? overrides.quantity : 3;
    const unit = overrides.unit !== undefined ? overrides.unit : "处";
    const progressCount = { IN_PROGRESS: 1, DONE: 2, PARTLY_DONE: 1, NOT_DONE: 0 }[status as string] ?? 0;
    const progress =
      options.progress ?? defaultProgress(quantity === null ? null : Number(quantity), unit, progressCount, status === "DONE");

    const planned = lifecycleEvents(
      status,
      { vagueFlags: (overrides.vagueFlags as string[] | undefined) ?? [], overrideReason: overrides.overrideReason ?? null, reviewComment, explanation },
      progress,
    );
    const times = eventTimes([{ type: "CREATED", payload: {}, actor: "author" }, ...planned], options.at, options.until);
    const createdAt = times[0]!;
    const publishedIndex = planned.findIndex((e) => e.type === "PUBLISHED");

    const pledge = await tx.pledge.create({
      data: {
        area: "DRINKING_WATER",
        action: "为村里修缮3处牲畜饮水点",
        placeOrBeneficiaries: "村东冬春草场3处饮水点",
        dueOn: campaignEnd ?? day("2026-12-31"),
        responsiblePerson: "村党支部书记",
        verification: "村民代表验收饮水点出水正常",
        createdById: options.actorId ?? null,
        ...overrides,
        quantity,
        unit,
        campaignId,
        villageId,
        townshipId: village.townshipId,
        countyId: village.countyId,
        pledgerKind,
        memberId,
        pledgerTownshipId,
        departmentId,
        status,
        explanation,
        reviewComment,
        publishedAt: overrides.publishedAt ?? (publishedIndex >= 0 ? times[publishedIndex + 1]! : null),
        createdAt: overrides.createdAt ?? createdAt,
        updatedAt: times[times.length - 1]!,
      },
    });

    const author = options.actorId ?? null;
    const reviewer = options.reviewerId ?? null;
    await appendPledgeEvent(tx, { pledgeId: pledge.id, type: "CREATED", payload: pledgeText(pledge), actorId: author, at: createdAt });
    for (const [i, event] of planned.entries()) {
      const at = times[i + 1]!;
      const actorId = event.actor === "reviewer" ? reviewer : author;
      if (event.progress !== undefined) {
        await addProgress(tx, { pledgeId: pledge.id, body: event.progress, createdById: author, createdAt: at });
      } else {
        await appendPledgeEvent(tx, { pledgeId: pledge.id, type: event.type, payload: event.payload, actorId, at });
      }
    }
    return pledge;
  });
}

async function addProgress(tx: Tx, data: { pledgeId: string; body: string; createdById: string | null; createdAt: Date }) {
  const update = await tx.progressUpdate.create({ data });
  await appendPledgeEvent(tx, {
    pledgeId: data.pledgeId,
    type: "PROGRESS",
    payload: { progressUpdateId: update.id, body: data.body },
    actorId: data.createdById,
    at: data.createdAt,
  });
  return update;
}

/** A progress update with its PROGRESS event; creates an IN_PROGRESS pledge when none is given. */
export async function createProgressUpdate(db: DbClient, overrides: Partial<Prisma.ProgressUpdateUncheckedCreateInput> = {}) {
  return inTransaction(db, async (tx) => {
    const pledgeId = overrides.pledgeId ?? (await createPledge(tx, { status: "IN_PROGRESS" })).id;
    return addProgress(tx, {
      pledgeId,
      body: overrides.body ?? "已完成2处饮水点的管道更换，剩余1处月底前完成。",
      createdById: overrides.createdById ?? null,
      createdAt: overrides.createdAt ? new Date(overrides.createdAt) : new Date(),
    });
  });
}

/** Sets the township's assessment of a pledge and appends the ASSESSED event. */
export async function assessPledge(db: DbClient, pledgeId: string, assessment: Assessment, options: { actorId?: string | null; at?: Date } = {}) {
  return inTransaction(db, async (tx) => {
    const pledge = await tx.pledge.update({ where: { id: pledgeId }, data: { assessment, version: { increment: 1 } } });
    await appendPledgeEvent(tx, { pledgeId, type: "ASSESSED", payload: { assessment }, actorId: options.actorId ?? null, at: options.at });
    return pledge;
  });
}
