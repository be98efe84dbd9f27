import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listPublicGoodPractices } from "@/lib/good-practice/public";

// Rendered per request: a short list read rarely, in the visitor's language (no database at
// build time either).
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("goodPractice");
  return { title: t("publicTitle") };
}

/** Good practice (典型经验) picked out by the organisers, for every village to learn from. */
export default async function GoodPracticePage() {
  const [t, format, entries] = await Promise.all([getTranslations("goodPractice"), getFormatter(), listPublicGoodPractices()]);
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-6">
      <PageHeader title={t("publicTitle")} description={t("publicLead")} />
      {entries.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="flex flex-col gap-4">
          {entries.map((entry) => (
            <li key={entry.id} className="rounded-lg border border-ink-200 bg-surface p-4">
              <p className="text-sm text-ink-600">
                {entry.place.township.county.name} · {entry.place.township.name} ·{" "}
                <Link href={`/v/${entry.place.slug}`} className="text-brand-700 underline">
                  {entry.place.name}
                </Link>
                {" · "}
                {format.dateTime(entry.createdAt, { dateStyle: "medium" })}
              </p>
              {entry.pledge ? (
                <p className="mt-1 font-medium">
                  <Link href={`/v/${entry.place.slug}/p/${entry.pledge.id}`} className="underline decoration-ink-300 underline-offset-4">
                    {entry.pledge.action}
                  </Link>
                </p>
              ) : null}
              <p className="mt-2 break-words text-ink-900">{entry.note}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
