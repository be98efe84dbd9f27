import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** "12月20日前 · 还剩 5 天", or the overdue mark (which stays until an explanation is published). */
export function DeadlineLine({ dueOn, daysLeft, needsExplanation }: { dueOn: string; daysLeft: number | null; needsExplanation: boolean }) {
  const t = useTranslations();
  return (
    <span className="flex flex-wrap items-center gap-2 text-sm text-ink-700">
      <span>{t("pledges.due", { date: dueOn })}</span>
      {daysLeft === null ? null : daysLeft > 0 ? (
        <span>{t("common.deadline.daysLeft", { days: daysLeft })}</span>
      ) : daysLeft === 0 ? (
        <span>{t("common.deadline.dueToday")}</span>
      ) : (
        <span className="font-medium text-brand-700">{t("common.deadline.overdue", { days: -daysLeft })}</span>
      )}
      {needsExplanation ? <Badge tone="danger">{t("pledges.needsExplanation")}</Badge> : null}
    </span>
  );
}
