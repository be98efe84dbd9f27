import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { PublicPledgeGroup } from "@/lib/public/board";
import { ALL, STATUS_FILTERS, type BoardFilter } from "@/lib/public/filter";
import { usePledgerLabel } from "./pledger-name";

/** A plain GET form: works without JavaScript; the server turns the query into a filtered page. */
export function BoardFilterForm({ slug, groups, filter }: { slug: string; groups: PublicPledgeGroup[]; filter: BoardFilter }) {
  const t = useTranslations("publicBoard.filter");
  const ts = useTranslations("publicBoard.statuses");
  const pledgerLabel = usePledgerLabel();
  return (
    <form method="get" action={`/v/${slug}/filter`} className="flex flex-col gap-3 rounded-lg border border-ink-200 bg-surface p-3 sm:flex-row sm:items-end sm:p-4">
      <div className="flex flex-1 flex-col gap-1">
        <label htmlFor="filter-status" className="text-sm font-medium">
          {t("status")}
        </label>
        <Select id="filter-status" name="status" defaultValue={filter.status}>
          {STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {status === ALL ? t("allStatuses") : status === "overdue" ? t("overdue") : ts(status)}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-1 flex-col gap-1">
        <label htmlFor="filter-pledger" className="text-sm font-medium">
          {t("pledger")}
        </label>
        <Select id="filter-pledger" name="pledger" defaultValue={filter.pledger}>
          <option value={ALL}>{t("allPledgers")}</option>
          {groups.map((group) => (
            <option key={group.key} value={group.key}>
              {pledgerLabel(group)}
            </option>
          ))}
        </Select>
      </div>
      <button type="submit" className={buttonClasses({ variant: "secondary" })}>
        {t("apply")}
      </button>
    </form>
  );
}
