import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { GenerateCodesForm } from "@/components/evaluation/generate-codes-form";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { generateCodesAction } from "@/lib/evaluation/actions";
import { canRunRound } from "@/lib/evaluation/policy";
import { getRound } from "@/lib/evaluation/queries";
import { canPrintCodes } from "@/lib/evaluation/round-phase";
import { MAX_BATCH } from "@/lib/evaluation/schemas";
import { requireActor } from "@/lib/session";
import { notFoundIfMissing } from "../../_shared";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluation.codes");
  return { title: t("title") };
}

/**
 * Generating and printing one-time codes. The sheet is drawn from the generate action's answer
 * and nowhere else: reloading this page shows the form again, never the codes.
 */
export default async function CodesPage({ params }: { params: Promise<{ roundId: string }> }) {
  const actor = await requireActor();
  const { roundId } = await params;
  const [t, round] = await Promise.all([getTranslations("evaluation"), getRound(actor, roundId).catch(notFoundIfMissing)]);
  if (!canRunRound(actor, { villageId: round.villageId, townshipId: round.village.townshipId })) notFound();
  const groups = round.groups.map((group) => ({ group, left: round.allowance[group].left }));
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader
        className="print:hidden"
        eyebrow={<Link href={`/village/evaluation/${round.id}`} className="text-brand-700 underline">← {t("backToRound")}</Link>}
        title={t("codes.title")}
        description={t("codes.lead", { village: round.village.name })}
      />
      {canPrintCodes(round.phase) ? (
        <Card className="print:border-0 print:shadow-none">
          <CardContent className="print:p-0">
            <GenerateCodesForm
              action={generateCodesAction}
              roundId={round.id}
              groups={groups}
              allowance={t("codes.allowance", {
                households: round.village.households,
                members: round.activeMembers,
                villagers: round.allowance.VILLAGER.left,
                memberLeft: round.allowance.MEMBER.left,
                max: MAX_BATCH,
              })}
              village={round.village.name}
              closesAt={round.closesAt.toISOString()}
              maxBatch={MAX_BATCH}
            />
          </CardContent>
        </Card>
      ) : (
        <EmptyState title={t("codes.tooLate")} />
      )}
    </div>
  );
}
