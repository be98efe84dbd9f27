import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { UnitTrail } from "@/components/oversight/unit-trail";
import { WeakList } from "@/components/oversight/weak-list";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { isAppError } from "@/lib/errors";
import { listWeakLinks } from "@/lib/oversight/queries";
import { parseWeakKind, WEAK_KINDS } from "@/lib/oversight/weak-kinds";
import { ZPage } from "@/lib/schemas";
import { requireActor } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("oversight");
  return { title: t("weakTitle") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** One weak-link list (薄弱环节) of a unit, a page at a time. */
export default async function WeakLinksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const raw = await searchParams;
  const kind = parseWeakKind(first(raw.kind));
  if (!kind) notFound();
  const unit = first(raw.unit);
  const list = await listWeakLinks(actor, { kind, unit, page: ZPage.parse(first(raw.page)) }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("oversight");
  const title = t(`weakKinds.${kind}`);
  const query = { kind, ...(unit ? { unit } : {}) };

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={<UnitTrail trail={list.unit.trail} label={t("trail")} />}
        title={title}
        description={t("weakLead", { unit: list.unit.name, count: list.total })}
        actions={<Link href={unit ? `/oversight?unit=${unit}` : "/oversight"} className="text-brand-700 underline">{t("backToDashboard")}</Link>}
      />
      <nav aria-label={t("weakTitle")}>
        <ul className="flex flex-wrap gap-2 text-sm">
          {WEAK_KINDS.map((other) => (
            <li key={other}>
              <Link
                href={`/oversight/weak?${new URLSearchParams({ kind: other, ...(unit ? { unit } : {}) }).toString()}`}
                aria-current={other === kind ? "page" : undefined}
                className="inline-flex min-h-tap items-center rounded-md border border-ink-200 px-3 hover:bg-ink-50 aria-[current=page]:border-brand-600 aria-[current=page]:font-semibold"
              >
                {t(`weakKinds.${other}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Card>
        <CardContent className="flex flex-col gap-4">
          {list.rows.length === 0 ? (
            <EmptyState title={t("noneMissing")} />
          ) : (
            <WeakList rows={list.rows} rowKind={list.rowKind} label={title} />
          )}
          <Pagination pathname="/oversight/weak" query={query} page={list.page} pageCount={list.pageCount} />
        </CardContent>
      </Card>
    </div>
  );
}
