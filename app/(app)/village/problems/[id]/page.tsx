import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FocusForm } from "@/components/problems/focus-form";
import { PlanForm } from "@/components/problems/plan-form";
import { ProblemForm } from "@/components/problems/problem-form";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { toIsoDay } from "@/lib/format";
import { savePlanAction, setFocusAction, updateProblemAction } from "@/lib/problems/actions";
import { getProblem } from "@/lib/problems/queries";
import { requireActor } from "@/lib/session";
import { canWriteVillageWork } from "@/lib/village-work/policy";

export default async function ProblemPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const problem = await getProblem(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (!canWriteVillageWork(actor, problem.villageId)) notFound();
  const t = await getTranslations();
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <PageHeader
        eyebrow={<Link href="/village/problems" className="text-brand-700 underline">← {t("problems.back")}</Link>}
        title={problem.title}
        description={t(`problems.areas.${problem.area}`)}
      />
      {problem.opinions.length > 0 ? (
        <Card>
          <CardContent className="py-4">
            <ul className="list-disc pl-5 text-ink-700">
              {problem.opinions.map((opinion) => (
                <li key={opinion.id}>{opinion.body}</li>
              ))}
            </ul>
          </CardContent>
        </Card>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle>{t("problems.focusTitle")}</CardTitle>
        </CardHeader>
        <CardContent>
          <FocusForm
            action={setFocusAction}
            id={problem.id}
            version={problem.version}
            defaults={{
              isFocus: problem.isFocus,
              focusReason: problem.focusReason ?? "",
              expectedResult: problem.expectedResult ?? "",
              expectedBy: problem.expectedBy ? toIsoDay(problem.expectedBy) : "",
              needsSupport: problem.needsSupport,
            }}
          />
        </CardContent>
      </Card>
      {problem.isFocus ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("problems.planTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            <PlanForm action={savePlanAction} problemId={problem.id} defaults={problem.plan ?? { measures: "", timeline: "", responsible: "" }} />
          </CardContent>
        </Card>
      ) : null}
      <details className="rounded-md border border-ink-200 p-3">
        <summary className="cursor-pointer font-medium">{t("problems.editTitle")}</summary>
        <div className="mt-4">
          <ProblemForm
            action={updateProblemAction}
            submitLabel={t("common.save")}
            hidden={{ id: problem.id, version: problem.version }}
            defaults={{ title: problem.title, area: problem.area, description: problem.description }}
          />
        </div>
      </details>
    </div>
  );
}
