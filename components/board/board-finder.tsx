import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { PlaceLink, VillageHit } from "@/lib/public/directory";
import { boardPath } from "@/lib/public/fields";

export type FinderView =
  | { kind: "counties"; prefectures: { id: string; name: string; counties: PlaceLink[] }[] }
  | { kind: "townships"; county: { id: string; name: string; prefecture: string }; townships: PlaceLink[] }
  | { kind: "villages"; county: { id: string; name: string; prefecture: string }; township: { id: string; name: string }; villages: VillageHit[] }
  | { kind: "unknown" };

const linkClass = "flex min-h-tap items-center justify-between gap-3 rounded-md border border-ink-200 bg-surface px-3 py-2 hover:bg-ink-50";

function VillageList({ villages }: { villages: VillageHit[] }) {
  const t = useTranslations("publicBoard.finder");
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {villages.map((village) => (
        <li key={village.slug}>
          <a href={boardPath(village.slug)} className={linkClass}>
            <span className="flex min-w-0 flex-col">
              <span className="font-semibold text-brand-800 underline underline-offset-4">{village.name}</span>
              <span className="text-sm text-ink-600">{t("resultPlace", { county: village.county, township: village.township })}</span>
            </span>
            <span className="shrink-0 text-sm text-ink-700">{t("pledgeCount", { count: village.pledgeCount })}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Search by name: a plain GET form to the landing page itself, so it works without JavaScript. */
export function BoardSearch({ query, result }: { query: string; result: { hits: VillageHit[]; truncated: boolean } | null }) {
  const t = useTranslations("publicBoard.finder");
  return (
    <div className="flex flex-col gap-3">
      <form method="get" action="/#boards" role="search" className="flex flex-col gap-1.5">
        <label htmlFor="board-search" className="font-medium">
          {t("searchLabel")}
        </label>
        <p id="board-search-hint" className="text-sm text-ink-600">
          {t("searchHint")}
        </p>
        <div className="flex gap-2">
          <Input id="board-search" name="q" type="search" defaultValue={query} maxLength={40} aria-describedby="board-search-hint" className="min-w-0 flex-1" />
          <button type="submit" className={buttonClasses({ variant: "primary" })}>
            {t("search")}
          </button>
        </div>
      </form>
      {result ? (
        <div className="flex flex-col gap-2" aria-live="polite">
          {result.hits.length === 0 ? (
            <p className="text-ink-700">{t("noResults", { query })}</p>
          ) : (
            <>
              <p className="text-ink-700">{result.truncated ? t("resultsTruncated", { count: result.hits.length }) : t("results", { count: result.hits.length })}</p>
              <VillageList villages={result.hits} />
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}

/** Browse prefecture → county → township → village, one level per page (plain links). */
export function BoardBrowser({ view }: { view: FinderView }) {
  const t = useTranslations("publicBoard.finder");
  const back = (
    <Link href="/#boards" className="inline-flex min-h-tap items-center text-sm font-medium text-brand-800 underline">
      {t("allCounties")}
    </Link>
  );
  switch (view.kind) {
    case "unknown":
      return (
        <div className="flex flex-col gap-2">
          <p className="text-ink-700">{t("unknownPlace")}</p>
          {back}
        </div>
      );
    case "counties":
      if (view.prefectures.length === 0) return <p className="text-ink-700">{t("noPlaces")}</p>;
      return (
        <div className="flex flex-col gap-4">
          {view.prefectures.map((prefecture) => (
            <div key={prefecture.id} className="flex flex-col gap-2">
              <h4 className="font-semibold">{prefecture.name}</h4>
              <ul className="grid gap-2 sm:grid-cols-3">
                {prefecture.counties.map((county) => (
                  <li key={county.id}>
                    <a href={`/?county=${county.id}#boards`} className={linkClass}>
                      <span className="font-semibold text-brand-800 underline underline-offset-4">{county.name}</span>
                      <span className="text-sm text-ink-600">{t("villagesCount", { count: county.villageCount })}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      );
    case "townships":
      return (
        <div className="flex flex-col gap-2">
          <nav aria-label={t("browse")} className="flex flex-wrap items-center gap-1 text-sm">
            {back}
            <span aria-hidden="true">›</span>
            <span aria-current="page">{view.county.name}</span>
          </nav>
          <h4 className="font-semibold">{t("townshipsOf", { county: view.county.name })}</h4>
          <ul className="grid gap-2 sm:grid-cols-3">
            {view.townships.map((township) => (
              <li key={township.id}>
                <a href={`/?township=${township.id}#boards`} className={linkClass}>
                  <span className="font-semibold text-brand-800 underline underline-offset-4">{township.name}</span>
                  <span className="text-sm text-ink-600">{t("villagesCount", { count: township.villageCount })}</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      );
    case "villages":
      return (
        <div className="flex flex-col gap-2">
          <nav aria-label={t("browse")} className="flex flex-wrap items-center gap-1 text-sm">
            {back}
            <span aria-hidden="true">›</span>
            <a href={`/?county=${view.county.id}#boards`} className="inline-flex min-h-tap items-center font-medium text-brand-800 underline">
              {view.county.name}
            </a>
            <span aria-hidden="true">›</span>
            <span aria-current="page">{view.township.name}</span>
          </nav>
          <h4 className="font-semibold">{t("villagesOf", { township: view.township.name })}</h4>
          <VillageList villages={view.villages} />
        </div>
      );
  }
}
