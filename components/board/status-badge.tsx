import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { PublicStatus } from "@/lib/public/fields";

const TONES: Record<PublicStatus, BadgeTone> = {
  PUBLISHED: "info",
  IN_PROGRESS: "brand",
  DONE: "ok",
  PARTLY_DONE: "warn",
  NOT_DONE: "warn",
  WITHDRAWN: "neutral",
};

/** A pledge's status in words (the colour only repeats them). */
export function StatusBadge({ status }: { status: PublicStatus }) {
  const t = useTranslations("publicBoard.statuses");
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
