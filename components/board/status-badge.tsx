import { useTranslations } from "next-intl";
import type { PublicStatus } from "@/lib/public/fields";

const TONES: Record<PublicStatus, string> = {
  PUBLISHED: "b-info",
  IN_PROGRESS: "b-brand",
  DONE: "b-ok",
  PARTLY_DONE: "b-warn",
  NOT_DONE: "b-warn",
  WITHDRAWN: "b-neutral",
};

/** A pledge's status in words (the colour only repeats them). */
export function StatusBadge({ status }: { status: PublicStatus }) {
  const t = useTranslations("publicBoard.statuses");
  return <span className={`b-badge ${TONES[status]}`}>{t(status)}</span>;
}
