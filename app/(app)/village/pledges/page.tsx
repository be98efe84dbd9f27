import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { DeadlineLine } from "@/components/pledges/deadline-line";
import { PledgeStatusBadge } from "@/components/pledges/status-badge";
import { buttonClasses } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PledgeStatus } from "@/lib/generated/prisma/enums";
import { PLEDGE_STATUSES } from "@/lib/pledges/lifecycle";
import { listVillagePledges, membersWithoutPledge } from "@/lib/pledges/queries";
import { requireActor } from "@/lib/session";
import { canWriteVillageWork } from "@/lib/village-work/policy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pledges");
  return { title: t("title") };
}

const ZStatus = z.enum(PledgeStatus).optional().catch(undefined);

/** The secretary's pledges: every pledge of the village by due day, filterable by status; who still has none. */
export default async function PledgesPage({ searchParams }: { searchParams: Promise<{ status?: string | string[] }> }) {
  const actor = await requireActor();
  if (!actor.villageId) notFound();
  const villageId = actor.villageId;
  const status = ZStatus.parse((await searchParams).status);
  const [t, all, withoutPledge] = await Promise.all([getTranslations(), listVillagePledges(actor, villageId), membersWithoutPledge(actor, villageId)]);
  const shown = status ? all.filter((p) => p.status === status) : all;
  const counts = new Map(PLEDGE_STATUSES.map((s) => [s, all.filter((p) => p.status === s).length]));
  const canWrite = canWriteVillageWork(actor, villageId);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("pledges.title")}
        description={t("pledges.lead")}
        actions={canWrite ? <Link href="/village/pledges/new" className={buttonClasses({})}>{t("pledges.new")}</Link> : null}
      />

      <section aria-labelledby="without-title" className="flex flex-col gap-2">
        <h2 id="without-title" className="text-lg font-semibold text-ink-900">
          {t("pledges.withoutPledgeTitle")}
        </h2>
        {withoutPledge.length === 0 ? (
          <p className="text-ink-700">{t("pledges.withoutPledgeNone")}</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {withoutPledge.map((member) => (
              <li key={member.id}>
                {canWrite ? (
                  <Link href={`/village/pledges/new?member=${member.id}`} className={buttonClasses({ variant: "secondary", size: "sm" })} aria-label={t("pledges.writeFor", { name: member.name })}>
                    {member.name}
                  </Link>
                ) : (
                  <Badge>{member.name}</Badge>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="list-title" className="flex flex-col gap-3">
        <h2 id="list-title" className="text-lg font-semibold text-ink-900">
          {t("pledges.listTitle")}
        </h2>
        <nav aria-label={t("pledges.filterLabel")}>
          <ul className="flex gap-2 overflow-x-auto pb-1">
            {[undefined, ...PLEDGE_STATUSES.filter((s) => counts.get(s))].map((s) => (
              <li key={s ?? "all"} className="shrink-0">
                <Link
                  href={s ? `/village/pledges?status=${s}` : "/village/pledges"}
                  aria-current={s === status ? "page" : undefined}
                  className={cn(
                    "inline-flex min-h-tap items-center rounded-full border px-3 text-sm",
                    s === status ? "border-brand-700 bg-brand-700 text-white" : "border-ink-300 text-ink-800",
                  )}
                >
                  {s ? t(`pledges.statuses.${s}`) : t("pledges.filterAll")} · {s ? counts.get(s) : all.length}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {shown.length === 0 ? (
          <EmptyState title={t("pledges.empty")} description={t("pledges.emptyHint")} />
        ) : (
          <ul className="flex flex-col gap-3" aria-label={t("pledges.listTitle")}>
            {shown.map((pledge) => (
              <li key={pledge.id}>
                <Card>
                  <CardContent className="flex flex-col gap-2 py-4">
                    <div className="flex flex-wrap items-center gap-2">
                      <PledgeStatusBadge status={pledge.status} />
                      <span className="text-sm text-ink-700">{pledge.pledgerName ?? t("pledges.branch")}</span>
                      {pledge.vagueFlags.length > 0 ? <Badge tone="warn">{t("pledges.flagsTitle")} · {pledge.vagueFlags.length}</Badge> : null}
                    </div>
                    <Link href={`/village/pledges/${pledge.id}`} className="text-lg font-medium break-words text-ink-900 underline decoration-ink-300 underline-offset-4 hover:decoration-brand-700">
                      {pledge.action}
                    </Link>
                    <DeadlineLine dueOn={pledge.dueOn} daysLeft={pledge.daysLeft} needsExplanation={pledge.needsExplanation} />
                  </CardContent>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
