import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { isOrganiser } from "@/lib/auth/actor";
import { getActorPlaceNames } from "@/lib/org/queries";
import { getScopeSummary } from "@/lib/org/summary";
import { requireActor } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home");
  return { title: t("title") };
}

export default async function HomePage() {
  const actor = await requireActor();
  const [t, tRoles, summary, places] = await Promise.all([
    getTranslations("home"),
    getTranslations("roles"),
    getScopeSummary(actor),
    getActorPlaceNames(actor),
  ]);
  const tiles = (
    isOrganiser(actor)
      ? (["counties", "townships", "villages", "members", "accounts"] as const)
      : (["villages", "members"] as const)
  ).filter((key) => !(key === "counties" && actor.role !== "PREFECTURE_ORGANISER"));
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={`${tRoles(actor.role)} · ${t("scope", { scope: places.join(" · ") })}`}
        title={t("welcome", { name: actor.name })}
        description={t(`next.${actor.role}`)}
      />
      <section aria-label={t("title")}>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {tiles.map((key) => (
            // dt and dd sit directly in the tile: a <dl> allows one wrapping <div> per group, no deeper.
            <div key={key} className="flex flex-col gap-1 rounded-lg border border-ink-200 bg-surface px-4 py-4 shadow-xs sm:px-5">
              <dt className="text-sm text-ink-600">{t(`counts.${key}`)}</dt>
              <dd className="text-2xl font-bold tabular-nums text-ink-900" data-testid={`count-${key}`}>
                {summary[key]}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
