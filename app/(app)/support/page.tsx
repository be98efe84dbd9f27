import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeadlineLine } from "@/components/pledges/deadline-line";
import { PledgeStatusBadge } from "@/components/pledges/status-badge";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { canPledgeUpward } from "@/lib/pledges/policy";
import { listFocusProblemsInReach, listOwnUpwardPledges } from "@/lib/pledges/queries";
import { requireActor } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("support");
  return { title: t("title") };
}

/** Upward support (上下联动): the villages' focus problems in reach, those asking for support first, and our own pledges to them. */
export default async function SupportPage() {
  const actor = await requireActor();
  if (!canPledgeUpward(actor)) notFound();
  const [t, problems, mine] = await Promise.all([getTranslations(), listFocusProblemsInReach(actor), listOwnUpwardPledges(actor)]);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader title={t("support.title")} description={t("support.lead")} />

      <section aria-labelledby="mine-title" className="flex flex-col gap-3">
        <h2 id="mine-title" className="text-lg font-semibold text-ink-900">
          {t("support.mineTitle")}
        </h2>
        {mine.length === 0 ? (
          <EmptyState title={t("support.mineEmpty")} description={t("support.mineEmptyHint")} />
        ) : (
          <ul className="flex flex-col gap-3" aria-label={t("support.mineTitle")}>
            {mine.map((pledge) => (
              <li key={pledge.id}>
                <Card>
                  <CardContent className="flex flex-col gap-2 py-4">
                    <div className="flex flex-wrap items-center gap-2">
                      <PledgeStatusBadge status={pledge.status} />
                      <span className="text-sm text-ink-700">{t("support.forLine", { village: pledge.village.name, problem: pledge.problem?.title ?? "—" })}</span>
                    </div>
                    <Link href={`/village/pledges/${pledge.id}`} className="text-lg font-medium break-words text-ink-900 underline decoration-ink-300 underline-offset-4">
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

      <section aria-labelledby="problems-title" className="flex flex-col gap-3">
        <h2 id="problems-title" className="text-lg font-semibold text-ink-900">
          {t("support.problemsTitle")}
        </h2>
        {problems.length === 0 ? (
          <EmptyState title={t("support.problemsEmpty")} />
        ) : (
          <ul className="flex flex-col gap-3" aria-label={t("support.problemsTitle")}>
            {problems.map((problem) => (
              <li key={problem.id}>
                <Card>
                  <CardContent className="flex flex-col gap-2 py-4">
                    <div className="flex flex-wrap items-center gap-2">
                      {problem.needsSupport ? <Badge tone="warn">{t("support.needsSupport")}</Badge> : null}
                      <Badge>{t(`problems.areas.${problem.area}`)}</Badge>
                      <span className="text-sm text-ink-700">{t("support.upwardCount", { count: problem.upwardPledges })}</span>
                    </div>
                    <p className="font-medium break-words text-ink-900">
                      {problem.village.township.name} · {problem.village.name}：{problem.title}
                    </p>
                    <Link href={`/support/new?problem=${problem.id}`} className={buttonClasses({ variant: "secondary", size: "sm", className: "self-start" })}>
                      {t("support.write")}
                      <span className="sr-only">{t("support.writeFor", { village: problem.village.name, problem: problem.title })}</span>
                    </Link>
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
