import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { RemoveGoodPracticeForm } from "@/components/good-practice/remove-form";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { removeGoodPracticeAction } from "@/lib/good-practice/actions";
import { canMarkGoodPractice } from "@/lib/good-practice/policy";
import { listGoodPractices } from "@/lib/good-practice/queries";
import { requireActor } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("goodPractice");
  return { title: t("title") };
}

/** The organisers' good-practice list in their reach: what the public page shows, and taking entries off it. */
export default async function OrgGoodPracticePage() {
  const actor = await requireActor();
  if (!canMarkGoodPractice(actor)) notFound();
  const [t, format, entries] = await Promise.all([getTranslations("goodPractice"), getFormatter(), listGoodPractices(actor)]);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader title={t("title")} description={t("lead")} actions={<Link href="/good-practice" className="text-brand-700 underline">{t("publicLink")}</Link>} />
      {entries.length === 0 ? (
        <EmptyState title={t("empty")} description={t("emptyHint")} />
      ) : (
        <ul className="flex flex-col gap-3" aria-label={t("title")}>
          {entries.map((entry) => {
            const place = entry.pledge?.village ?? entry.village;
            return (
              <li key={entry.id}>
                <Card>
                  <CardContent className="flex flex-col gap-2 py-4">
                    <p className="text-sm text-ink-600">
                      {place ? `${place.township.county.name} · ${place.township.name} · ${place.name}` : ""} · {format.dateTime(entry.createdAt, { dateStyle: "medium" })}
                    </p>
                    {entry.pledge ? (
                      <Link href={`/village/pledges/${entry.pledge.id}`} className="font-medium underline decoration-ink-300 underline-offset-4">
                        {entry.pledge.action}
                      </Link>
                    ) : null}
                    <p className="break-words">{entry.note}</p>
                    <RemoveGoodPracticeForm action={removeGoodPracticeAction} id={entry.id} name={entry.pledge?.action ?? place?.name ?? ""} />
                  </CardContent>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
