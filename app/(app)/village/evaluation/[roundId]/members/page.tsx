import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { MemberBallotForm } from "@/components/evaluation/member-ballot-form";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { recordMemberBallotAction } from "@/lib/evaluation/actions";
import { canWriteForBranch } from "@/lib/evaluation/policy";
import { getRound } from "@/lib/evaluation/queries";
import { COMMENT_MAX } from "@/lib/evaluation/schemas";
import { requireActor } from "@/lib/session";
import { notFoundIfMissing } from "../../_shared";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluation.members");
  return { title: t("title") };
}

/** The secretary records members' votes given at the branch meeting, one member at a time. */
export default async function MemberVotesPage({ params }: { params: Promise<{ roundId: string }> }) {
  const actor = await requireActor();
  const { roundId } = await params;
  const [t, round] = await Promise.all([getTranslations("evaluation"), getRound(actor, roundId).catch(notFoundIfMissing)]);
  if (!canWriteForBranch(actor, round) || !round.groups.includes("MEMBER")) notFound();
  const recorded = round.ballots.filter((row) => row.group === "MEMBER" && row.channel === "SECRETARY").reduce((sum, row) => sum + row.count, 0);
  const left = round.allowance.MEMBER.left;
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader
        eyebrow={<Link href={`/village/evaluation/${round.id}`} className="text-brand-700 underline">← {t("backToRound")}</Link>}
        title={t("members.title")}
        description={t("members.lead")}
      />
      <p className="text-ink-700 tabular-nums">{t("members.progress", { recorded, members: round.activeMembers, left })}</p>
      {round.phase !== "OPEN" ? (
        <EmptyState title={t("members.notOpen")} />
      ) : left === 0 ? (
        <EmptyState title={t("members.allVoted")} />
      ) : (
        <Card>
          <CardContent>
            <MemberBallotForm
              action={recordMemberBallotAction}
              roundId={round.id}
              newId={randomUUID()}
              commentMax={COMMENT_MAX}
              pledges={round.pledges.map((pledge) => ({
                id: pledge.id,
                action: pledge.action,
                pledgerLine: pledge.pledgerName ? `${t(`kinds.${pledge.pledgerKind}`)} · ${pledge.pledgerName}` : t(`kinds.${pledge.pledgerKind}`),
              }))}
            />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
