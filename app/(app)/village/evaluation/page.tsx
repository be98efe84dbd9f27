import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PhaseBadge } from "@/components/evaluation/phase-badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { canRunRound } from "@/lib/evaluation/policy";
import { listRounds } from "@/lib/evaluation/queries";
import { getVillage } from "@/lib/org/queries";
import { requireActor } from "@/lib/session";
import { notFoundIfMissing, villageParam } from "./_shared";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluation");
  return { title: t("title") };
}

/** A village's evaluation rounds (评议), newest first, and the way to open the next one. */
export default async function EvaluationPage({ searchParams }: { searchParams: Promise<{ village?: string }> }) {
  const actor = await requireActor();
  const villageId = villageParam(actor, (await searchParams).village);
  const [t, format, village, rounds] = await Promise.all([
    getTranslations("evaluation"),
    getFormatter(),
    getVillage(actor, villageId).catch(notFoundIfMissing),
    listRounds(actor, villageId).catch(notFoundIfMissing),
  ]);
  const mayOpen = canRunRound(actor, { villageId: village.id, townshipId: village.townshipId });
  const unclosed = rounds.find((round) => round.phase !== "CLOSED");
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  const query = actor.villageId ? "" : `?village=${village.id}`;
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader
        title={t("title")}
        eyebrow={village.name}
        description={t("lead")}
        actions={
          mayOpen && !unclosed ? (
            <Link href={`/village/evaluation/new${query}`} className={buttonClasses()}>
              {t("openRound")}
            </Link>
          ) : null
        }
      />
      {mayOpen && unclosed ? <p className="text-ink-700">{t("oneAtATime")}</p> : null}
      {rounds.length === 0 ? (
        <EmptyState title={t("noRounds")} description={t("noRoundsHint")} />
      ) : (
        <ul className="flex flex-col gap-3" aria-label={t("roundsLabel")}>
          {rounds.map((round) => (
            <li key={round.id}>
              <Card>
                <CardContent className="flex flex-col gap-2 py-4">
                  <div className="flex flex-wrap items-center gap-2">
                    <PhaseBadge phase={round.phase} />
                    <span className="text-sm text-ink-600">{t("pledgeCount", { count: round.pledgeCount })}</span>
                  </div>
                  <Link href={`/village/evaluation/${round.id}`} className="text-lg font-semibold text-ink-900 underline-offset-4 hover:underline">
                    {t("roundName", { from: when(round.opensAt), to: when(round.closesAt) })}
                  </Link>
                  <p className="text-sm text-ink-700 tabular-nums">
                    {t("roundLine", { ballots: round.ballotCount, issued: round.codes.issued, used: round.codes.used, unused: round.codes.unused, void: round.codes.void })}
                  </p>
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
