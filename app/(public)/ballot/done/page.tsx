import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { PageHeader } from "@/components/ui/page-header";
import { roundVillage } from "@/lib/evaluation/public-results";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ballot");
  return { title: t("countedTitle"), robots: { index: false } };
}

/** After a counted ballot: thanks, and where the results will appear. Nothing of the ballot itself. */
export default async function BallotDonePage({ searchParams }: { searchParams: Promise<{ round?: string }> }) {
  const { round: roundId } = await searchParams;
  const [t, round] = await Promise.all([getTranslations("ballot"), roundVillage(typeof roundId === "string" ? roundId : "")]);
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-4 px-4 py-6 sm:px-6">
      <PageHeader title={t("title")} eyebrow={round?.village.name} />
      <FormAlert label={t("countedTitle")} tone="success" title={t("countedTitle")} messages={[t("countedBody")]} />
      <p className="text-ink-700">{t("resultsLater")}</p>
      {round ? (
        <div className="flex flex-wrap gap-2">
          <a href={`/ballot/results/${round.id}`} className={buttonClasses({ variant: "secondary" })}>
            {t(round.closed ? "resultsNow" : "resultsLink")}
          </a>
          <a href={`/v/${round.village.slug}`} className={buttonClasses({ variant: "ghost" })}>
            {t("boardLink")}
          </a>
        </div>
      ) : null}
      <a href="/ballot" className="text-brand-700 underline">
        {t("anotherCode")}
      </a>
    </div>
  );
}
