import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PledgeStatus } from "@/lib/generated/prisma/enums";
import { shortHash } from "@/lib/history/chain";
import { villageScope } from "@/lib/org/scope";
import { daysLeft, toIsoDay } from "@/lib/format";
import { villageInReach } from "@/lib/village-work/guards";
import { isClosed, isOverdue, needsExplanation } from "./lifecycle";

// Reads of pledges for signed-in staff, scoped to the actor's reach: a pledge or village outside
// it is NOT_FOUND. Public reads (the board) are separate functions with their own select.

const LIST_FIELDS = {
  id: true, pledgerKind: true, area: true, action: true, quantity: true, unit: true, placeOrBeneficiaries: true, dueOn: true,
  responsiblePerson: true, verification: true, status: true, vagueFlags: true, explanation: true, version: true, textVersion: true,
  problemId: true, createdAt: true, updatedAt: true, countyId: true, pledgerTownshipId: true, departmentId: true,
  member: { select: { id: true, name: true } },
  pledgerTownship: { select: { name: true } },
  department: { select: { name: true } },
} as const;

type ListRow = {
  quantity: { toString(): string } | null;
  dueOn: Date;
  status: PledgeStatus;
  explanation: string | null;
  member: { id: string; name: string } | null;
  pledgerTownship: { name: string } | null;
  department: { name: string } | null;
};

/** Plain data for a page: decimal and day as strings, the deadline worked out for today. */
function plain<T extends ListRow>(pledge: T, today: Date) {
  return {
    ...pledge,
    quantity: pledge.quantity === null ? null : pledge.quantity.toString(),
    dueOn: toIsoDay(pledge.dueOn),
    /** Who pledged: the member, township or department; null for the branch (the page names the branch). */
    pledgerName: pledge.member?.name ?? pledge.pledgerTownship?.name ?? pledge.department?.name ?? null,
    /** Days until the due day (negative when past); null once the pledge is closed. */
    daysLeft: isClosed(pledge.status) ? null : daysLeft(pledge.dueOn, today),
    overdue: isOverdue(pledge, today),
    needsExplanation: needsExplanation(pledge, today),
  };
}

/** The village's pledges in the current campaign (by due day), with pledger name, flags and days left. */
export async function listVillagePledges(actor: Actor, villageId: string, filter: { status?: PledgeStatus } = {}) {
  await villageInReach(actor, villageId);
  const pledges = await db.pledge.findMany({
    where: { villageId, campaign: { isCurrent: true }, ...(filter.status ? { status: filter.status } : {}) },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
    select: LIST_FIELDS,
  });
  const today = new Date();
  return pledges.map((pledge) => plain(pledge, today));
}

/** One pledge in the actor's reach, with its earlier versions, its history, progress and evidence metadata. */
export async function getPledge(actor: Actor, id: string) {
  const pledge = await db.pledge.findFirst({
    where: { id, village: villageScope(actor) },
    select: {
      ...LIST_FIELDS,
      villageId: true, townshipId: true, campaignId: true, overrideReason: true, reviewComment: true, assessment: true,
      publishedAt: true,
      village: { select: { name: true } },
      problem: { select: { id: true, title: true, isFocus: true, plan: { select: { id: true } } } },
      campaign: { select: { startsOn: true, endsOn: true } },
      versions: { orderBy: { textVersion: "asc" }, select: { textVersion: true, text: true, reason: true, createdAt: true } },
      events: { orderBy: { seq: "asc" }, select: { seq: true, type: true, createdAt: true, hash: true } },
      progress: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true, body: true, createdAt: true,
          files: { orderBy: { createdAt: "asc" }, select: { id: true, storageKey: true, mimeType: true, bytes: true, width: true, height: true, sha256: true, keepsLocation: true } },
        },
      },
    },
  });
  if (!pledge) throw new AppError("NOT_FOUND");
  const head = pledge.events.at(-1);
  return {
    ...plain(pledge, new Date()),
    campaign: { startsOn: toIsoDay(pledge.campaign.startsOn), endsOn: toIsoDay(pledge.campaign.endsOn) },
    problem: pledge.problem && { id: pledge.problem.id, title: pledge.problem.title, isFocus: pledge.problem.isFocus, hasPlan: pledge.problem.plan !== null },
    events: pledge.events.map((event) => ({ ...event, shortHash: shortHash(event.hash) })),
    /** The chain head's short hash, as printed on boards and letters. */
    chainHead: head ? shortHash(head.hash) : null,
  };
}

/**
 * Submitted pledges the actor reviews (policy.ts canReviewPledge), oldest first: the township
 * officer's villages' pledges but his own township's upward ones; the county organiser's
 * townships' upward pledges. Nobody else reviews, so others get an empty queue.
 */
export async function listReviewQueue(actor: Actor) {
  const mine =
    actor.role === "TOWNSHIP_OFFICER" && actor.townshipId ? { townshipId: actor.townshipId, pledgerKind: { not: "TOWNSHIP" as const } }
    : actor.role === "COUNTY_ORGANISER" && actor.countyId ? { countyId: actor.countyId, pledgerKind: "TOWNSHIP" as const }
    : null;
  if (!mine) return [];
  const pledges = await db.pledge.findMany({
    where: { status: "SUBMITTED", campaign: { isCurrent: true }, village: villageScope(actor), ...mine },
    // A submitted pledge is not written again until it is reviewed: its last write is the submission.
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    select: { ...LIST_FIELDS, villageId: true, village: { select: { name: true } } },
  });
  const today = new Date();
  return pledges.map((pledge) => ({ ...plain(pledge, today), submittedAt: pledge.updatedAt }));
}

/** Active members of the village with no pledge in the current campaign (withdrawn ones do not count). */
export async function membersWithoutPledge(actor: Actor, villageId: string) {
  await villageInReach(actor, villageId);
  return db.member.findMany({
    where: { villageId, isActive: true, pledges: { none: { campaign: { isCurrent: true }, status: { not: "WITHDRAWN" } } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, skills: true },
  });
}

/**
 * The upward pledges (上下联动) the actor's township or department has given in the current
 * campaign, by due day; nobody else gives upward pledges, so others get an empty list.
 */
export async function listOwnUpwardPledges(actor: Actor) {
  const mine =
    actor.role === "TOWNSHIP_OFFICER" && actor.townshipId ? { pledgerKind: "TOWNSHIP" as const, pledgerTownshipId: actor.townshipId }
    : actor.role === "DEPARTMENT_OFFICER" && actor.departmentId ? { pledgerKind: "DEPARTMENT" as const, departmentId: actor.departmentId }
    : null;
  if (!mine) return [];
  const pledges = await db.pledge.findMany({
    where: { campaign: { isCurrent: true }, village: villageScope(actor), ...mine },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    select: { ...LIST_FIELDS, village: { select: { name: true } }, problem: { select: { title: true } } },
  });
  const today = new Date();
  return pledges.map((pledge) => plain(pledge, today));
}

/**
 * The focus problems of the current campaign in the villages the actor reaches, those that ask
 * for support (靠村里自身力量解决不了) first, each with how many upward pledges serve it.
 */
export async function listFocusProblemsInReach(actor: Actor) {
  const problems = await db.problem.findMany({
    where: { isFocus: true, campaign: { isCurrent: true }, village: villageScope(actor) },
    orderBy: [{ needsSupport: "desc" }, { village: { name: "asc" } }, { id: "asc" }],
    select: {
      id: true, title: true, area: true, needsSupport: true, villageId: true,
      village: { select: { name: true, township: { select: { name: true } } } },
      plan: { select: { id: true } },
      _count: { select: { pledges: { where: { pledgerKind: { in: ["TOWNSHIP", "DEPARTMENT"] }, status: { not: "WITHDRAWN" } } } } },
    },
  });
  return problems.map(({ plan, _count, ...problem }) => ({ ...problem, hasPlan: plan !== null, upwardPledges: _count.pledges }));
}
