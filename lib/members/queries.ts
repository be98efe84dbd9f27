import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { villageScope } from "@/lib/org/scope";
import { villageInReach } from "@/lib/village-work/guards";

/** Pledges that count for "has this member pledged?": this campaign's, not withdrawn. */
const COUNTED_PLEDGES = { campaign: { isCurrent: true }, status: { not: "WITHDRAWN" } } as const;

const MEMBER_FIELDS = {
  id: true, villageId: true, name: true, phone: true, skills: true, isActive: true, version: true,
  _count: { select: { pledges: { where: COUNTED_PLEDGES } } },
} as const;

type MemberRow = { id: string; villageId: string; name: string; phone: string | null; skills: string; isActive: boolean; version: number; _count: { pledges: number } };

function plain({ _count, ...member }: MemberRow) {
  return { ...member, pledgeCount: _count.pledges };
}

/**
 * The roster of one village in the actor's reach, active members first, each with the number of
 * pledges he has in the current campaign (0: the secretary still has to ask him). NOT_FOUND
 * outside reach. `canDelete`: he has no pledge at all, in any campaign or state.
 */
export async function listMembers(actor: Actor, villageId: string) {
  await villageInReach(actor, villageId);
  const members = await db.member.findMany({
    where: { villageId },
    orderBy: [{ isActive: "desc" }, { createdAt: "asc" }, { id: "asc" }],
    select: MEMBER_FIELDS,
  });
  // Any pledge at all (other campaigns, withdrawn) keeps a member from being deleted.
  const withPledges = await db.pledge.groupBy({ by: ["memberId"], where: { memberId: { in: members.map((m) => m.id) } } });
  const undeletable = new Set(withPledges.map((row) => row.memberId));
  return members.map((member) => ({ ...plain(member), canDelete: !undeletable.has(member.id) }));
}

/** One member whose village is in the actor's reach. */
export async function getMember(actor: Actor, id: string) {
  const member = await db.member.findFirst({ where: { id, village: villageScope(actor) }, select: MEMBER_FIELDS });
  if (!member) throw new AppError("NOT_FOUND");
  return plain(member);
}
