import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { OpenRoundForm } from "@/components/evaluation/open-round-form";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { openRoundAction } from "@/lib/evaluation/actions";
import { toLocalInput } from "@/lib/evaluation/local-time";
import { canRunRound } from "@/lib/evaluation/policy";
import { listEvaluablePledges } from "@/lib/evaluation/queries";
import { getVillage } from "@/lib/org/queries";
import { requireActor } from "@/lib/session";
import { notFoundIfMissing, villageParam } from "../_shared";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluation.open");
  return { title: t("title") };
}

const WEEK = 7 * 24 * 60 * 60 * 1000;

/** Opening a round for a village: its secretary, or the township officer. */
export default async function OpenRoundPage({ searchParams }: { searchParams: Promise<{ village?: string }> }) {
  const actor = await requireActor();
  const villageId = villageParam(actor, (await searchParams).village);
  const [t, village, evaluable] = await Promise.all([
    getTranslations("evaluation"),
    getVillage(actor, villageId).catch(notFoundIfMissing),
    listEvaluablePledges(actor, villageId).catch(notFoundIfMissing),
  ]);
  if (!canRunRound(actor, { villageId: village.id, townshipId: village.townshipId })) notFound();
  const back = `/village/evaluation${actor.villageId ? "" : `?village=${village.id}`}`;
  const now = new Date();
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader
        eyebrow={<Link href={back} className="text-brand-700 underline">← {t("back")}</Link>}
        title={t("open.title")}
        description={t("open.lead", { village: village.name })}
      />
      {evaluable.unclosedRoundId ? (
        <EmptyState
          title={t("oneAtATime")}
          action={<Link href={`/village/evaluation/${evaluable.unclosedRoundId}`} className="text-brand-700 underline">{t("toOpenRound")}</Link>}
        />
      ) : evaluable.pledges.length === 0 ? (
        <EmptyState title={t("open.nothing")} description={t("open.nothingHint")} />
      ) : (
        <Card>
          <CardContent>
            <OpenRoundForm
              action={openRoundAction}
              villageId={village.id}
              newId={randomUUID()}
              pledges={evaluable.pledges}
              opensAt={toLocalInput(now)}
              closesAt={toLocalInput(new Date(now.getTime() + WEEK))}
            />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
