import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import type { PublicPledge } from "@/lib/public/board";

/**
 * The due day, the days left while the pledge is open, and the overdue mark, which stays until
 * an explanation is published.
 */
export function Deadline({ pledge }: { pledge: Pick<PublicPledge, "dueOn" | "daysLeft" | "overdue" | "needsExplanation"> }) {
  const t = useTranslations("publicBoard.pledge");
  const tc = useTranslations("common.deadline");
  const locale = useLocale();
  const days = pledge.daysLeft;
  return (
    <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
      <span>
        {t("due")}
        <time dateTime={pledge.dueOn}>{formatDate(`${pledge.dueOn}T12:00:00+08:00`, locale)}</time>
      </span>
      {days === null ? null : days > 0 ? (
        <span className="text-ink-700">{tc("daysLeft", { days })}</span>
      ) : days === 0 ? (
        <span className="font-semibold text-warn-700">{tc("dueToday")}</span>
      ) : (
        <span className="font-semibold text-brand-800">{tc("overdue", { days: -days })}</span>
      )}
      {pledge.needsExplanation ? <Badge tone="danger">{t("overdueUnexplained")}</Badge> : null}
    </span>
  );
}
