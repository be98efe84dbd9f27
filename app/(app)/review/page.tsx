import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PledgeFlags } from "@/components/pledges/pledge-flags";
import { PledgeStepForm } from "@/components/pledges/step-form";
import { PledgeText } from "@/components/pledges/pledge-text";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { PageHeader } from "@/components/ui/page-header";
import { approvePledgeAction, returnPledgeAction } from "@/lib/pledges/actions";
import { listReviewQueue } from "@/lib/pledges/queries";
import { requireActor } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review");
  return { title: t("title") };
}

/** The township officer's review queue (审定): oldest first; approve (with a reason when flagged) or return with a comment. */
const DONE = ["approvedPublished", "approvedHeld", "returned"] as const;

export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ done?: string | string[] }> }) {
  const actor = await requireActor();
  const { done: doneParam } = await searchParams;
  const done = DONE.find((key) => key === doneParam);
  if (actor.role !== "TOWNSHIP_OFFICER" && actor.role !== "COUNTY_ORGANISER") notFound();
  const [t, queue] = await Promise.all([getTranslations(), listReviewQueue(actor)]);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader title={t("review.title")} description={t("review.lead")} />
      {done ? <FormAlert label={t(`review.${done}`)} tone="success" messages={[t(`review.${done}`)]} /> : null}
      <p role="status" className="text-lg">
        {t("review.count", { count: queue.length })}
      </p>
      {queue.length === 0 ? (
        <EmptyState title={t("review.empty")} description={t("review.emptyHint")} />
      ) : (
        <ol className="flex flex-col gap-4">
          {queue.map((pledge) => {
            const step = { id: pledge.id, version: pledge.version };
            const flagged = pledge.vagueFlags.length > 0;
            return (
              <li key={pledge.id}>
                <Card>
                  <CardHeader>
                    <CardTitle>
                      <Link href={`/village/pledges/${pledge.id}`} className="underline decoration-ink-300 underline-offset-4">
                        {pledge.action}
                      </Link>
                    </CardTitle>
                    <p className="text-sm text-ink-700">
                      {pledge.village.name} · {pledge.pledgerName ?? t("pledges.branch")} · {t(`pledges.kinds.${pledge.pledgerKind}`)}
                    </p>
                  </CardHeader>
                  <CardContent className="flex flex-col gap-4">
                    <PledgeText pledge={pledge} />
                    <PledgeFlags pledge={pledge} storedCodes={pledge.vagueFlags} />
                    <div className="grid gap-4 md:grid-cols-2">
                      <PledgeStepForm
                        action={approvePledgeAction}
                        hidden={step}
                        fields={flagged ? [{ name: "overrideReason", label: t("review.overrideReason"), hint: t("review.overrideHint"), required: true, maxLength: 500 }] : []}
                        submitLabel={t("review.approve")}
                        successLabel={t("review.approvedPublished")}
                      />
                      <PledgeStepForm
                        action={returnPledgeAction}
                        hidden={step}
                        fields={[{ name: "comment", label: t("review.comment"), hint: t("review.commentHint"), required: true, maxLength: 500 }]}
                        submitLabel={t("review.return")}
                        successLabel={t("review.returned")}
                        variant="secondary"
                      />
                    </div>
                  </CardContent>
                </Card>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
