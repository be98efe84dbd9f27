import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/oversight/bar-chart";
import { CoverageTable } from "@/components/oversight/coverage-table";
import { UnitTrail } from "@/components/oversight/unit-trail";
import { WeakList } from "@/components/oversight/weak-list";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { GAP_FILTERS, hasGap, parseGap, parseSort, sortRows, unitParam, type CoverageRow, type SortColumn, type SortDir } from "@/lib/oversight/coverage";
import { getCoverage, getOversightCharts, listWeakLinks } from "@/lib/oversight/queries";
import { WEAK_KINDS, type WeakKind } from "@/lib/oversight/weak-kinds";
import { requireActor } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("oversight");
  return { title: t("title") };
}

type Search = { unit?: string; sort?: string; dir?: string; gap?: string };
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function href(params: Record<string, string | undefined>, path = "/oversight") {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The coverage of the actor's part of the tree, child unit by child unit, with drill-down to a village. */
export default async function OversightPage({ searchParams }: { searchParams: Promise<Record<keyof Search, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const raw = await searchParams;
  const search: Search = { unit: first(raw.unit), sort: first(raw.sort), dir: first(raw.dir), gap: first(raw.gap) };
  const loaded = await Promise.all([getCoverage(actor, { unit: search.unit }), getOversightCharts(actor, { unit: search.unit })]).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [coverage, charts] = loaded;
  const t = await getTranslations();
  const sort = parseSort(search.sort, search.dir);
  const gap = parseGap(search.gap);
  const { unit } = coverage;
  const isVillage = unit.level === "village";
  const rows = sortRows(gap ? coverage.rows.filter((row) => hasGap(row, gap)) : coverage.rows, sort.column, sort.dir);
  const childUnit = (row: CoverageRow) => unitParam(coverage.childLevel, row.id);
  const hrefs = {
    sort: (column: SortColumn, dir: SortDir) => href({ unit: search.unit, gap: search.gap, sort: column, dir }),
    drill: (row: CoverageRow) => href({ unit: childUnit(row) }),
    weak: (row: CoverageRow, kind: WeakKind) => href({ kind, unit: row.id === "total" || isVillage ? search.unit : childUnit(row) }, "/oversight/weak"),
  };
  const villageLists = isVillage ? await Promise.all(WEAK_KINDS.map((kind) => listWeakLinks(actor, { kind, unit: search.unit }))) : [];
  const percent = (value: number) => `${Math.round(value * 1000) / 10}%`;
  const levelName = t(`oversight.levels.${coverage.childLevel}`);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={<UnitTrail trail={unit.trail} label={t("oversight.trail")} />}
        title={t("oversight.titleOf", { unit: unit.name })}
        description={t("oversight.lead", { campaign: coverage.campaign.name, day: coverage.asOf })}
        actions={
          <>
            {unit.slug ? <Link href={`/v/${unit.slug}`} className={buttonClasses({ variant: "secondary" })}>{t("oversight.publicBoard", { village: unit.name })}</Link> : null}
            <a href={href({ format: "csv", unit: search.unit }, "/oversight/export")} download className={buttonClasses({ variant: "secondary" })}>{t("ledger.exportCsv")}</a>
            <a href={href({ format: "xlsx", unit: search.unit }, "/oversight/export")} download className={buttonClasses({ variant: "secondary" })}>{t("ledger.exportXlsx")}</a>
          </>
        }
      />

      <Card>
        <CardHeader>
          <CardTitle>{t("oversight.matrixTitle")}</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          {!isVillage ? (
            <form method="get" action="/oversight" className="flex flex-wrap items-end gap-2">
              {search.unit ? <input type="hidden" name="unit" value={search.unit} /> : null}
              <input type="hidden" name="sort" value={sort.column} />
              <input type="hidden" name="dir" value={sort.dir} />
              <label className="flex flex-col gap-1 text-sm">
                <span>{t("oversight.gapLabel")}</span>
                <select name="gap" defaultValue={gap ?? ""} className="min-h-tap rounded-md border border-ink-300 bg-surface px-3">
                  <option value="">{t("oversight.gapAll")}</option>
                  {GAP_FILTERS.map((g) => <option key={g} value={g}>{t(`oversight.gaps.${g}`)}</option>)}
                </select>
              </label>
              <button type="submit" className={buttonClasses({ variant: "secondary" })}>{t("oversight.applyFilter")}</button>
            </form>
          ) : null}
          {rows.length === 0 ? (
            <EmptyState title={t("oversight.noRows")} headingLevel="h3" />
          ) : (
            <CoverageTable
              rows={rows}
              total={coverage.total}
              caption={t("oversight.matrixCaption", { unit: unit.name, level: levelName })}
              unitHeader={levelName}
              sort={sort}
              hrefs={hrefs}
              drillable={!isVillage}
            />
          )}
        </CardContent>
      </Card>

      {isVillage ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("oversight.weakTitle")}</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-5">
            {villageLists.map((list) => (
              <section key={list.kind} className="flex flex-col gap-2" aria-labelledby={`weak-${list.kind}`}>
                <h3 id={`weak-${list.kind}`} className="font-semibold">
                  {t(`oversight.weakKinds.${list.kind}`)} <span className="font-normal text-ink-600">({list.total})</span>
                </h3>
                {list.total === 0 ? (
                  <p className="text-sm text-ok-700">{t("oversight.noneMissing")}</p>
                ) : list.rowKind === "village" ? null : (
                  <WeakList rows={list.rows} rowKind={list.rowKind} label={t(`oversight.weakKinds.${list.kind}`)} />
                )}
                {list.pageCount > 1 ? (
                  <Link href={href({ kind: list.kind, unit: search.unit }, "/oversight/weak")} className="text-sm text-brand-700 underline">{t("oversight.seeAll", { count: list.total })}</Link>
                ) : null}
              </section>
            ))}
          </CardContent>
        </Card>
      ) : (
        <Card>
          <CardHeader>
            <CardTitle>{t("oversight.weakTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="grid gap-2 sm:grid-cols-2">
              {WEAK_KINDS.map((kind) => (
                <li key={kind}>
                  <Link href={href({ kind, unit: search.unit }, "/oversight/weak")} className="text-brand-700 underline">{t(`oversight.weakKinds.${kind}`)}</Link>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      )}

      <Card>
        <CardHeader>
          <CardTitle>{t("oversight.chartsTitle")}</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-6 lg:grid-cols-2">
          <BarChart
            title={t("oversight.charts.byStatus")}
            summary={t("oversight.charts.summary", { title: t("oversight.charts.byStatus"), values: charts.byStatus.map((r) => `${t(`pledges.statuses.${r.status}`)} ${r.count}`).join("，") })}
            labelHeader={t("oversight.charts.status")}
            valueHeader={t("oversight.charts.pledges")}
            tableLabel={t("oversight.charts.table")}
            bars={charts.byStatus.map((r) => ({ label: t(`pledges.statuses.${r.status}`), value: r.count }))}
          />
          <BarChart
            title={t("oversight.charts.byMonth")}
            summary={t("oversight.charts.summary", { title: t("oversight.charts.byMonth"), values: charts.byMonth.map((r) => `${r.month} ${r.published}`).join("，") })}
            labelHeader={t("oversight.charts.month")}
            valueHeader={t("oversight.charts.published")}
            tableLabel={t("oversight.charts.table")}
            bars={charts.byMonth.map((r) => ({ label: r.month, value: r.published }))}
          />
          <BarChart
            title={t("oversight.charts.byArea")}
            summary={t("oversight.charts.summary", { title: t("oversight.charts.byArea"), values: charts.byArea.map((r) => `${t(`problems.areas.${r.area}`)} ${r.count}`).join("，") })}
            labelHeader={t("oversight.charts.area")}
            valueHeader={t("oversight.charts.pledges")}
            tableLabel={t("oversight.charts.table")}
            bars={charts.byArea.map((r) => ({ label: t(`problems.areas.${r.area}`), value: r.count }))}
          />
          <BarChart
            title={t("oversight.charts.satisfaction", { level: levelName })}
            summary={t("oversight.charts.summary", {
              title: t("oversight.charts.satisfaction", { level: levelName }),
              values: coverage.rows.map((r) => `${r.name} ${r.satisfaction === null ? "—" : percent(r.satisfaction)}`).join("，"),
            })}
            labelHeader={levelName}
            valueHeader={t("oversight.columns.satisfaction")}
            tableLabel={t("oversight.charts.table")}
            max={1}
            format={percent}
            bars={coverage.rows.filter((r) => r.satisfaction !== null).map((r) => ({ label: r.name, value: r.satisfaction ?? 0 }))}
          />
        </CardContent>
      </Card>
    </div>
  );
}
