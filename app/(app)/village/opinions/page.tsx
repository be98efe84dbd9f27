import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { OpinionList } from "@/components/opinions/opinion-list";
import { RecordOpinionForm } from "@/components/opinions/record-opinion-form";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { acceptOpinionAction, createOpinionAction, setAsideOpinionAction } from "@/lib/opinions/actions";
import { listOpinions } from "@/lib/opinions/queries";
import { requireActor } from "@/lib/session";
import { canWriteVillageWork } from "@/lib/village-work/policy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("opinions");
  return { title: t("title") };
}

const FILTERS = ["ALL", "PENDING", "ACCEPTED", "SET_ASIDE"] as const;
type Filter = (typeof FILTERS)[number];

/** The secretary's opinions: a quick record form on top, the village's opinions below. */
export default async function OpinionsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const actor = await requireActor();
  if (!actor.villageId) notFound();
  const villageId = actor.villageId;
  const params = await searchParams;
  const filter: Filter = FILTERS.find((f) => f === params.status) ?? "ALL";
  const [t, opinions] = await Promise.all([getTranslations(), listOpinions(actor, villageId)]);
  const counts: Record<Filter, number> = {
    ALL: opinions.length,
    PENDING: opinions.filter((o) => o.status === "PENDING").length,
    ACCEPTED: opinions.filter((o) => o.status === "ACCEPTED").length,
    SET_ASIDE: opinions.filter((o) => o.status === "SET_ASIDE").length,
  };
  const shown = filter === "ALL" ? opinions : opinions.filter((o) => o.status === filter);
  const canWrite = canWriteVillageWork(actor, villageId);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("opinions.title")} description={t("opinions.lead")} />
      {canWrite ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("opinions.recordTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            {/* A fresh id per render: a retried submit of the same form carries the same id. */}
            <RecordOpinionForm action={createOpinionAction} villageId={villageId} newId={randomUUID()} />
          </CardContent>
        </Card>
      ) : null}

      <section aria-labelledby="opinion-list-title" className="flex flex-col gap-3">
        <h2 id="opinion-list-title" className="text-xl font-semibold text-ink-900">
          {t("opinions.listTitle")}
        </h2>
        {counts.PENDING > 0 ? <p className="font-medium text-warn-700">{t("opinions.pendingNote", { count: counts.PENDING })}</p> : null}
        <nav aria-label={t("opinions.filterLabel")}>
          <ul className="flex flex-wrap gap-2">
            {FILTERS.map((f) => (
              <li key={f}>
                <Link
                  href={f === "ALL" ? "/village/opinions" : `/village/opinions?status=${f}`}
                  aria-current={f === filter ? "page" : undefined}
                  className="inline-flex min-h-tap items-center rounded-md border border-ink-200 px-3 hover:bg-ink-50 aria-[current=page]:border-brand-600 aria-[current=page]:font-semibold"
                >
                  {t(`opinions.filters.${f}`)} <span className="ml-1 text-sm text-ink-600 tabular-nums">({counts[f]})</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {shown.length === 0 ? (
          <EmptyState title={filter === "ALL" ? t("opinions.empty") : t("opinions.emptyFiltered")} description={filter === "ALL" ? t("opinions.emptyHint") : undefined} />
        ) : (
          <OpinionList opinions={shown} canWrite={canWrite} acceptAction={acceptOpinionAction} setAsideAction={setAsideOpinionAction} />
        )}
      </section>
    </div>
  );
}
