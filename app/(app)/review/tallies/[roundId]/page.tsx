import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TallyForm } from "@/components/evaluation/tally-form";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { enterSecondTallyAction } from "@/lib/evaluation/actions";
import { canEnterSecondTally } from "@/lib/evaluation/policy";
import { getSecondEntrySheet } from "@/lib/evaluation/queries";
import { canEnterTallies } from "@/lib/evaluation/round-phase";
import { requireActor } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluation.second");
  return { title: t("title") };
}

/** The township officer's second entry of a round's paper tally: from the sheet's photo, blind to the first entry. */
export default async function SecondEntryPage({ params }: { params: Promise<{ roundId: string }> }) {
  const actor = await requireActor();
  const { roundId } = await params;
  const sheet = await getSecondEntrySheet(actor, roundId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (!canEnterSecondTally(actor, sheet.village)) notFound();
  const t = await getTranslations("evaluation");
  const open = sheet.tallies.filter((tally) => tally.status !== "CONFIRMED");
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader
        eyebrow={<Link href="/review/tallies" className="text-brand-700 underline">← {t("second.back")}</Link>}
        title={t("second.heading", { village: sheet.village.name })}
        description={t("second.lead")}
      />
      {sheet.photoTallyId ? (
        <figure className="flex flex-col gap-2">
          {/* eslint-disable-next-line @next/next/no-img-element -- a private photo served by our own route */}
          <img src={`/village/evaluation/tally-photo/${sheet.photoTallyId}`} alt={t("second.photoAlt")} className="max-h-[32rem] w-full rounded-md border border-ink-200 object-contain" />
          <figcaption className="text-sm text-ink-600">
            <a href={`/village/evaluation/tally-photo/${sheet.photoTallyId}`} className="text-brand-700 underline">
              {t("second.photoFull")}
            </a>
          </figcaption>
        </figure>
      ) : null}
      {!canEnterTallies(sheet.phase) ? (
        <EmptyState title={t("tally.notNow")} />
      ) : open.length === 0 ? (
        <EmptyState title={t("second.nothing")} />
      ) : (
        <Card>
          <CardContent>
            <TallyForm
              action={enterSecondTallyAction}
              roundId={sheet.id}
              entry="second"
              pledges={open.map((tally) => ({
                id: tally.pledgeId,
                action: tally.pledge.action,
                pledgerLine: tally.pledge.pledgerName
                  ? `${t(`kinds.${tally.pledge.pledgerKind}`)} · ${tally.pledge.pledgerName}`
                  : t(`kinds.${tally.pledge.pledgerKind}`),
                note: tally.status === "DISPUTED" ? t("second.disputedNote") : undefined,
              }))}
            />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
