import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { isOrganiser } from "@/lib/auth/actor";
import { listTallyQueue } from "@/lib/evaluation/queries";
import { listVillages } from "@/lib/org/queries";
import { requireActor } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluation.second");
  return { title: t("queueTitle") };
}

/**
 * The township officer's evaluation desk: paper tallies waiting for the second entry (or
 * disputed), and the township's villages, each with its rounds (the officer may run a round too).
 */
export default async function TallyQueuePage() {
  const actor = await requireActor();
  if (actor.role !== "TOWNSHIP_OFFICER" && !isOrganiser(actor)) notFound();
  const [t, format, queue, villages] = await Promise.all([
    getTranslations("evaluation"),
    getFormatter(),
    listTallyQueue(actor),
    actor.role === "TOWNSHIP_OFFICER" ? listVillages(actor, { townshipId: actor.townshipId ?? undefined }) : null,
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "Asia/Shanghai" });
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader title={t("second.queueTitle")} description={t("second.queueLead")} />
      {queue.length === 0 ? (
        <EmptyState title={t("second.queueEmpty")} />
      ) : (
        <ul className="flex flex-col gap-3" aria-label={t("second.queueTitle")}>
          {queue.map((round) => (
            <li key={round.id}>
              <Card>
                <CardContent className="flex flex-col gap-1 py-4">
                  <Link href={`/review/tallies/${round.id}`} className="text-lg font-semibold text-ink-900 underline-offset-4 hover:underline">
                    {round.village.name}
                  </Link>
                  <p className="text-sm text-ink-700">{t("second.queueLine", { awaiting: round.awaiting, disputed: round.disputed, closes: when(round.closesAt) })}</p>
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      )}
      {villages ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("second.villagesTitle")}</CardTitle>
            <p className="text-sm text-ink-600">{t("second.villagesLead")}</p>
          </CardHeader>
          <CardContent>
            <ul className="grid grid-cols-1 gap-1 sm:grid-cols-2">
              {villages.villages.map((village) => (
                <li key={village.id}>
                  <Link href={`/village/evaluation?village=${village.id}`} className="inline-flex min-h-tap items-center text-brand-700 underline">
                    {village.name}
                  </Link>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
