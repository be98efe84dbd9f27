import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { ProblemForm } from "@/components/problems/problem-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentCampaign } from "@/lib/campaigns/queries";
import { createProblemAction } from "@/lib/problems/actions";
import { listOpinions } from "@/lib/opinions/queries";
import { listProblems } from "@/lib/problems/queries";
import { requireActor } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("problems");
  return { title: t("title") };
}

export default async function ProblemsPage() {
  const actor = await requireActor();
  if (!actor.villageId) notFound();
  const [t, problems, campaign, accepted] = await Promise.all([
    getTranslations(),
    listProblems(actor, actor.villageId),
    getCurrentCampaign(actor.prefectureId),
    listOpinions(actor, actor.villageId, { status: "ACCEPTED" }),
  ]);
  const unsorted = accepted.filter((opinion) => opinion.problemId === null).map(({ id, body }) => ({ id, body }));
  const focusCount = problems.filter((problem) => problem.isFocus).length;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("problems.title")} description={t("problems.lead")} eyebrow={t("problems.focusCount", { count: focusCount, limit: campaign.focusLimit })} />
      {problems.length === 0 ? (
        <EmptyState title={t("problems.empty")} />
      ) : (
        <ul className="flex flex-col gap-3" aria-label={t("problems.title")}>
          {problems.map((problem) => (
            <li key={problem.id}>
              <Card>
                <CardContent className="flex flex-col gap-2 py-4">
                  <div className="flex flex-wrap items-center gap-2">
                    {problem.isFocus ? <Badge tone="brand">{t("problems.focus")}</Badge> : null}
                    <Badge tone="neutral">{t(`problems.areas.${problem.area}`)}</Badge>
                    {problem.isFocus ? <Badge tone={problem.plan ? "ok" : "warn"}>{problem.plan ? t("problems.hasPlan") : t("problems.noPlan")}</Badge> : null}
                  </div>
                  <Link href={`/village/problems/${problem.id}`} className="text-lg font-semibold text-ink-900 underline-offset-4 hover:underline">
                    {problem.title}
                  </Link>
                  <p className="text-sm text-ink-600">{t("problems.opinions", { count: problem._count.opinions })}</p>
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Card>
        <CardHeader>
          <CardTitle>{t("problems.create")}</CardTitle>
        </CardHeader>
        <CardContent>
          {/* A fresh id per render: a retried submit of the same form carries the same id. */}
          <ProblemForm action={createProblemAction} submitLabel={t("problems.create")} hidden={{ id: randomUUID(), villageId: actor.villageId }} opinions={unsorted} />
        </CardContent>
      </Card>
    </div>
  );
}
