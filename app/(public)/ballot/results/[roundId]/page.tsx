import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ResultTable } from "@/components/evaluation/result-table";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { publishedRound } from "@/lib/evaluation/public-results";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ballot.results");
  return { title: t("title") };
}

/** The published results of a closed round: what villagers said of each pledge, and the branch's own word. */
export default async function RoundResultsPage({ params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  const [t, te, format, round] = await Promise.all([getTranslations("ballot.results"), getTranslations("evaluation"), getFormatter(), publishedRound(roundId)]);
  if (!round) notFound();
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-4 px-4 py-6 sm:px-6">
      <PageHeader
        title={t("heading", { village: round.village.name })}
        description={t("lead", { closedAt: format.dateTime(new Date(round.closedAt), { dateStyle: "medium", timeZone: "Asia/Shanghai" }) })}
        eyebrow={<a href={`/v/${round.village.slug}`} className="text-brand-700 underline">{t("board", { village: round.village.name })}</a>}
      />
      <p className="text-sm text-ink-700">{t("how")}</p>
      <ol className="flex flex-col gap-4">
        {round.pledges.map((pledge) => (
          <li key={pledge.id}>
            <Card>
              <CardHeader>
                <p className="text-sm text-ink-600">{pledge.pledgerName ? `${te(`kinds.${pledge.pledgerKind}`)} · ${pledge.pledgerName}` : te(`kinds.${pledge.pledgerKind}`)}</p>
                <CardTitle as="h2">{pledge.action}</CardTitle>
              </CardHeader>
              <CardContent>
                <ResultTable result={pledge.result} caption={t("caption", { action: pledge.action })} assessment={pledge.assessment} />
              </CardContent>
            </Card>
          </li>
        ))}
      </ol>
    </div>
  );
}
