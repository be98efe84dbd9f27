import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TallyForm } from "@/components/evaluation/tally-form";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { enterFirstTallyAction } from "@/lib/evaluation/actions";
import { canWriteForBranch } from "@/lib/evaluation/policy";
import { getRound } from "@/lib/evaluation/queries";
import { canEnterTallies } from "@/lib/evaluation/round-phase";
import { requireActor } from "@/lib/session";
import { notFoundIfMissing } from "../../_shared";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluation.tally");
  return { title: t("title") };
}

/** The secretary enters the mass meeting's paper tally, with a photo of the sheet. */
export default async function TallyPage({ params }: { params: Promise<{ roundId: string }> }) {
  const actor = await requireActor();
  const { roundId } = await params;
  const [t, round] = await Promise.all([getTranslations("evaluation"), getRound(actor, roundId).catch(notFoundIfMissing)]);
  if (!canWriteForBranch(actor, round) || !round.groups.includes("VILLAGER")) notFound();
  const tallyOf = (pledgeId: string) => round.tallies.find((tally) => tally.pledgeId === pledgeId && tally.group === "VILLAGER");
  const open = round.pledges.filter((pledge) => tallyOf(pledge.id)?.status !== "CONFIRMED");
  const photoRequired = open.some((pledge) => !tallyOf(pledge.id)?.hasPhoto);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader
        eyebrow={<Link href={`/village/evaluation/${round.id}`} className="text-brand-700 underline">← {t("backToRound")}</Link>}
        title={t("tally.title")}
        description={t("tally.lead")}
      />
      {!canEnterTallies(round.phase) ? (
        <EmptyState title={t("tally.notNow")} />
      ) : open.length === 0 ? (
        <EmptyState title={t("tally.allConfirmed")} />
      ) : (
        <Card>
          <CardContent>
            <TallyForm
              action={enterFirstTallyAction}
              roundId={round.id}
              entry="first"
              photoRequired={photoRequired}
              pledges={open.map((pledge) => {
                const tally = tallyOf(pledge.id);
                return {
                  id: pledge.id,
                  action: pledge.action,
                  pledgerLine: pledge.pledgerName ? `${t(`kinds.${pledge.pledgerKind}`)} · ${pledge.pledgerName}` : t(`kinds.${pledge.pledgerKind}`),
                  note: tally
                    ? tally.status === "DISPUTED"
                      ? t("tally.disputedNote", { fields: tally.differs.map((field) => t(`tally.fields.${field}` as never)).join("、") })
                      : t("tally.awaitingNote")
                    : undefined,
                };
              })}
            />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
