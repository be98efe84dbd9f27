import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentCampaign } from "@/lib/campaigns/queries";
import { toIsoDay } from "@/lib/format";
import { ProblemArea } from "@/lib/generated/prisma/enums";
import { listMembers } from "@/lib/members/queries";
import { listVillagePledges } from "@/lib/pledges/queries";
import { listProblems } from "@/lib/problems/queries";
import type { PledgeFormProps } from "@/components/pledges/pledge-form";

/** What the pledge form needs besides the pledge: members and skills, focus problems, the campaign, other pledges. */
export async function pledgeFormContext(actor: Actor, villageId: string) {
  const [members, problems, pledges, campaign] = await Promise.all([
    listMembers(actor, villageId),
    listProblems(actor, villageId),
    listVillagePledges(actor, villageId),
    getCurrentCampaign(actor.prefectureId),
  ]);
  return {
    members: members.filter((m) => m.isActive).map(({ id, name, skills }) => ({ id, name, skills })),
    problems: problems.filter((p) => p.isFocus).map((p) => ({ id: p.id, title: p.title, area: p.area, hasPlan: p.plan !== null })),
    areas: Object.values(ProblemArea),
    campaign: { startsOn: toIsoDay(campaign.startsOn), endsOn: toIsoDay(campaign.endsOn) },
    // Withdrawn pledges are no model to copy from, and nobody copies the branch: members' pledges only.
    otherPledges: pledges
      .filter((p) => p.pledgerKind === "MEMBER" && p.status !== "WITHDRAWN")
      .map((p) => ({ id: p.id, memberId: p.member?.id, memberName: p.pledgerName ?? undefined, action: p.action })),
  } satisfies Partial<PledgeFormProps>;
}
