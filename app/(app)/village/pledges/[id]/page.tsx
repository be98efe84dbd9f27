import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { MarkGoodPracticeForm } from "@/components/good-practice/mark-form";
import { CloseForm } from "@/components/pledges/close-form";
import { DeadlineLine } from "@/components/pledges/deadline-line";
import { PledgeFlags } from "@/components/pledges/pledge-flags";
import { PledgeHistory } from "@/components/pledges/pledge-history";
import { PledgeProgressList } from "@/components/pledges/progress-list";
import { ProgressForm } from "@/components/pledges/progress-form";
import { PledgeStatusBadge } from "@/components/pledges/status-badge";
import { PledgeStepForm } from "@/components/pledges/step-form";
import { PledgeText } from "@/components/pledges/pledge-text";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { markGoodPracticeAction } from "@/lib/good-practice/actions";
import { canMarkGoodPractice } from "@/lib/good-practice/policy";
import {
  addProgressAction, closePledgeAction, explainPledgeAction, publishPledgeAction, submitPledgeAction,
} from "@/lib/pledges/actions";
import { isClosed, isEditable, isPublic } from "@/lib/pledges/lifecycle";
import { canWritePledge } from "@/lib/pledges/policy";
import { getPledge, listVillagePledges } from "@/lib/pledges/queries";
import { requireActor } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pledges");
  return { title: t("title") };
}

type Search = { done?: string | string[] };
const DONE = ["saved", "amended", "submitted", "published", "closed"] as const;

/** One pledge for the people who work on it: its text and hints, the next step, progress, history. */
export default async function PledgePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const actor = await requireActor();
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const pledge = await getPledge(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [t, villagePledges] = await Promise.all([getTranslations(), listVillagePledges(actor, pledge.villageId)]);
  const others = villagePledges
    .filter((p) => p.pledgerKind === "MEMBER" && p.status !== "WITHDRAWN" && p.id !== pledge.id && (!pledge.member || p.member?.id !== pledge.member.id))
    .map((p) => ({ id: p.id, memberName: p.pledgerName ?? undefined, action: p.action }));
  const canWrite = canWritePledge(actor, pledge);
  const step = { id: pledge.id, version: pledge.version };
  const open = isPublic(pledge.status) && !isClosed(pledge.status);
  const done = DONE.find((key) => key === search.done);
  const notice = done ? t(`pledges.${done}`) : null;

  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <PageHeader
        eyebrow={<Link href="/village/pledges" className="text-brand-700 underline">← {t("pledges.back")}</Link>}
        title={pledge.action}
        description={`${t(`pledges.kinds.${pledge.pledgerKind}`)} · ${pledge.pledgerName ?? t("pledges.branch")}`}
      />
      {notice ? <FormAlert label={notice} tone="success" messages={[notice]} /> : null}
      <div className="flex flex-wrap items-center gap-3">
        <PledgeStatusBadge status={pledge.status} />
        <DeadlineLine dueOn={pledge.dueOn} daysLeft={pledge.daysLeft} needsExplanation={pledge.needsExplanation} />
      </div>
      {pledge.status === "RETURNED" && pledge.reviewComment ? (
        <FormAlert label={t("pledges.statuses.RETURNED")} tone="error" messages={[t("pledges.reviewComment", { comment: pledge.reviewComment })]} />
      ) : null}
      {pledge.explanation ? <p className="rounded-md border border-ink-200 bg-ink-50 p-3">{t("pledges.explanationLine", { explanation: pledge.explanation })}</p> : null}

      <Card>
        <CardContent className="flex flex-col gap-4 py-4">
          <PledgeText pledge={pledge} />
          {pledge.problem ? (
            <p className="text-sm text-ink-700">
              {t("pledges.fields.problemId")}：
              <Link href={`/village/problems/${pledge.problem.id}`} className="text-brand-700 underline">
                {pledge.problem.title}
              </Link>
            </p>
          ) : null}
          {pledge.overrideReason ? <p className="text-sm text-ink-700">{t("pledges.overrideReason", { reason: pledge.overrideReason })}</p> : null}
        </CardContent>
      </Card>

      <section aria-labelledby="flags-title" className="flex flex-col gap-2">
        <h2 id="flags-title" className="text-lg font-semibold text-ink-900">
          {t("pledges.flagsTitle")}
        </h2>
        <PledgeFlags pledge={pledge} storedCodes={pledge.vagueFlags} otherPledges={others} lead={isEditable(pledge.status) ? t("pledges.flagsLead") : undefined} />
      </section>

      {canWrite ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("pledges.actions")}</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            {isEditable(pledge.status) ? (
              <>
                <Link href={`/village/pledges/${pledge.id}/edit`} className={buttonClasses({ variant: "secondary", className: "self-start" })}>
                  {t("pledges.edit")}
                </Link>
                <PledgeStepForm action={submitPledgeAction} hidden={step} submitLabel={t("pledges.submit")} successLabel={t("pledges.submitted")} />
              </>
            ) : null}
            {pledge.status === "SUBMITTED" ? <p>{t("pledges.submitted")}</p> : null}
            {pledge.status === "APPROVED" ? (
              <>
                <p>{t("pledges.heldForPlan")}</p>
                {pledge.problem ? (
                  <Link href={`/village/problems/${pledge.problem.id}`} className="text-brand-700 underline">
                    {t("pledges.writePlan")}
                  </Link>
                ) : null}
                <PledgeStepForm action={publishPledgeAction} hidden={step} submitLabel={t("pledges.publish")} successLabel={t("pledges.published")} />
              </>
            ) : null}
            {open ? (
              <Link href={`/village/pledges/${pledge.id}/amend`} className={buttonClasses({ variant: "secondary", className: "self-start" })}>
                {t("pledges.amend")}
              </Link>
            ) : null}
          </CardContent>
        </Card>
      ) : null}

      {isPublic(pledge.status) ? (
        <section aria-labelledby="progress-title" className="flex flex-col gap-3">
          <h2 id="progress-title" className="text-lg font-semibold text-ink-900">
            {t("pledges.progressTitle")}
          </h2>
          <PledgeProgressList progress={pledge.progress} />
          {canWrite && open ? (
            <Card>
              <CardContent className="flex flex-col gap-3 py-4">
                <p className="text-ink-700">{t("pledges.progressLead")}</p>
                <ProgressForm action={addProgressAction} pledgeId={pledge.id} clientId={randomUUID()} />
              </CardContent>
            </Card>
          ) : null}
        </section>
      ) : null}

      {canWrite && open && (pledge.overdue || pledge.explanation) ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("pledges.explainTitle")}</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            <p className="text-ink-700">{pledge.explanation ? t("pledges.explainLeadUpdate") : t("pledges.explainLead")}</p>
            <PledgeStepForm
              action={explainPledgeAction}
              hidden={step}
              fields={[{ name: "explanation", label: t("pledges.explanation"), hint: t("pledges.explanationHint"), required: true, maxLength: 1000, defaultValue: pledge.explanation ?? "" }]}
              submitLabel={t("pledges.explain")}
              successLabel={t("pledges.explained")}
            />
          </CardContent>
        </Card>
      ) : null}

      {canWrite && open ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("pledges.closeTitle")}</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            <p className="text-ink-700">{t("pledges.closeLead")}</p>
            <CloseForm action={closePledgeAction} id={pledge.id} version={pledge.version} />
          </CardContent>
        </Card>
      ) : null}

      {isPublic(pledge.status) && canMarkGoodPractice(actor) ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("goodPractice.markTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            <MarkGoodPracticeForm action={markGoodPracticeAction} hidden={{ id: randomUUID(), pledgeId: pledge.id }} />
          </CardContent>
        </Card>
      ) : null}

      <PledgeHistory events={pledge.events} versions={pledge.versions} chainHead={pledge.chainHead} />
    </div>
  );
}
