import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/format";
import type { PublicPledge } from "@/lib/public/board";

/**
 * The due day, the days left while the pledge is open, and the overdue mark, which stays until
 * an explanation is published. Inline pieces of the card's meta line.
 */
export function Deadline({ pledge }: { pledge: Pick<PublicPledge, "dueOn" | "daysLeft" | "overdue" | "needsExplanation"> }) {
  const t = useTranslations("publicBoard.pledge");
  const tc = useTranslations("common.deadline");
  const locale = useLocale();
  const days = pledge.daysLeft;
  // Plain text where the words need no styling: fewer elements on a board that repeats this thirty times.
  const due = `${t("due")}${formatDate(`${pledge.dueOn}T12:00:00+08:00`, locale)}`;
  return (
    <>
      {days !== null && days > 0 ? `${due} · ${tc("daysLeft", { days })}` : due}
      {days === 0 ? <span className="b-today">{tc("dueToday")}</span> : null}
      {days !== null && days < 0 ? <span className="b-late">{tc("overdue", { days: -days })}</span> : null}
      {pledge.needsExplanation ? <span className="b-badge b-danger">{t("overdueUnexplained")}</span> : null}
    </>
  );
}
