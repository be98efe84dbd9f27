import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CoverageRow, SortColumn, SortDir } from "@/lib/oversight/coverage";
import type { WeakKind } from "@/lib/oversight/weak-kinds";

type Hrefs = {
  /** The dashboard sorted by a column (the other parameters kept). */
  sort: (column: SortColumn, dir: SortDir) => string;
  /** The drill-down into a row's unit. */
  drill: (row: CoverageRow) => string;
  /** A weak-link list filtered to a row's unit. */
  weak: (row: CoverageRow, kind: WeakKind) => string;
};

const COLUMNS: { key: SortColumn; weak?: WeakKind }[] = [
  { key: "withFocus", weak: "noFocus" },
  { key: "withPlan", weak: "noPlan" },
  { key: "branchPledges", weak: "noBranchPledge" },
  { key: "membersPledged", weak: "membersWithout" },
  { key: "vague", weak: "vague" },
  { key: "overdue", weak: "overdue" },
  { key: "dueSoon", weak: "dueSoon" },
  { key: "evaluated", weak: "noEvaluation" },
  { key: "satisfaction", weak: "anomalies" },
  { key: "anomalies", weak: "anomalies" },
];

/** The coverage matrix: one row per child unit, every number a link to the list behind it. */
export function CoverageTable({
  rows,
  total,
  caption,
  unitHeader,
  sort,
  hrefs,
  drillable,
}: {
  rows: CoverageRow[];
  total: CoverageRow;
  caption: string;
  unitHeader: string;
  sort: { column: SortColumn; dir: SortDir };
  hrefs: Hrefs;
  drillable: boolean;
}) {
  const t = useTranslations("oversight");
  const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 1000) / 10}%`);
  const cell = (row: CoverageRow, key: SortColumn): string => {
    switch (key) {
      case "withFocus": return t("ofTotal", { x: row.withFocus, y: row.villages });
      case "withPlan": return t("ofTotal", { x: row.withPlan, y: row.villages });
      case "membersPledged": return t("ofTotal", { x: row.membersPledged, y: row.members });
      case "evaluated": return t("ofTotal", { x: row.evaluated, y: row.villages });
      case "satisfaction": return percent(row.satisfaction);
      case "name": return row.name;
      default: return String(row[key]);
    }
  };
  const header = (column: SortColumn, label: string) => {
    const active = sort.column === column;
    const next: SortDir = active && sort.dir === "asc" ? "desc" : "asc";
    return (
      <th scope="col" aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined} className="px-2 py-2 align-bottom">
        <Link href={hrefs.sort(column, next)} className="text-brand-700 underline">
          {label}
          {active ? <span aria-hidden="true">{sort.dir === "asc" ? " ▲" : " ▼"}</span> : null}
          <span className="sr-only">{t("sortBy")}</span>
        </Link>
      </th>
    );
  };
  const numbers = (row: CoverageRow, isTotal: boolean) =>
    COLUMNS.map(({ key, weak }) => (
      <td key={key} className="px-2 py-2 text-right tabular-nums whitespace-nowrap">
        {weak ? (
          <Link href={hrefs.weak(row, weak)} className="text-brand-700 underline" aria-label={`${isTotal ? t("total") : row.name} ${t(`columns.${key}`)} ${cell(row, key)}`}>
            {cell(row, key)}
          </Link>
        ) : (
          cell(row, key)
        )}
      </td>
    ));
  return (
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-[60rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-ink-700">
          <tr>
            {header("name", unitHeader)}
            {COLUMNS.map(({ key }) => header(key, t(`columns.${key}`)))}
          </tr>
        </thead>
        <tbody className="divide-y divide-ink-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="px-2 py-2 font-medium">
                {drillable ? <Link href={hrefs.drill(row)} className="text-brand-700 underline">{row.name}</Link> : row.name}
              </th>
              {numbers(row, false)}
            </tr>
          ))}
        </tbody>
        {rows.length > 1 ? (
          <tfoot className="border-t-2 border-ink-300 font-semibold">
            <tr>
              <th scope="row" className="px-2 py-2">{t("total")}</th>
              {numbers(total, true)}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
