import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ProblemArea } from "@/lib/generated/prisma/enums";
import type { WeakRow } from "@/lib/oversight/queries";

/** Where a row leads: a pledge to its page, a village (or its member or problem) to the village's oversight page. */
function hrefOf(row: WeakRow, rowKind: "village" | "member" | "pledge" | "problem"): string {
  return rowKind === "pledge" ? `/village/pledges/${row.id}` : `/oversight?unit=village:${row.villageId}`;
}

/** One weak-link list: each row names what is missing and where, and links to it. */
export function WeakList({ rows, rowKind, label }: { rows: WeakRow[]; rowKind: "village" | "member" | "pledge" | "problem"; label: string }) {
  const t = useTranslations();
  return (
    <ul aria-label={label} className="divide-y divide-ink-100 rounded-md border border-ink-200">
      {rows.map((row) => (
        <li key={row.id} className="flex flex-col gap-1 px-3 py-2">
          <Link href={hrefOf(row, rowKind)} className="font-medium text-brand-700 underline break-words">
            {row.title}
          </Link>
          <span className="text-sm text-ink-600">
            {rowKind === "village" ? row.townshipName : `${row.townshipName} · ${row.villageName}`}
            {row.status ? ` · ${t(`pledges.statuses.${row.status}`)}` : null}
            {row.dueOn ? ` · ${t("oversight.dueOn", { day: row.dueOn })}` : null}
            {rowKind === "member" && row.detail ? ` · ${t("oversight.skills", { skills: row.detail })}` : null}
            {rowKind === "problem" && row.detail ? ` · ${t(`problems.areas.${row.detail as ProblemArea}`)}` : null}
          </span>
          {row.numbers ? (
            <span className="text-sm text-warn-700">
              {row.detail?.split(",").filter(Boolean).map((flag) => t(`oversight.anomalyFlags.${flag as "ALL_SATISFIED" | "TURNOUT_ABOVE_HOUSEHOLDS"}`)).join("；")}
              {" · "}
              {t("oversight.anomalyNumbers", row.numbers)}
            </span>
          ) : rowKind === "pledge" && row.detail ? (
            <span className="text-sm text-ink-600">{t("oversight.flagDetail", { detail: row.detail })}</span>
          ) : null}
          {rowKind !== "pledge" ? (
            <Link href={`/v/${row.villageSlug}`} className="text-sm text-brand-700 underline">
              {t("oversight.publicBoard", { village: row.villageName })}
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
