import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { PledgeStatus } from "@/lib/generated/prisma/enums";

const TONES: Record<PledgeStatus, BadgeTone> = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  RETURNED: "warn",
  APPROVED: "brand",
  PUBLISHED: "brand",
  IN_PROGRESS: "brand",
  DONE: "ok",
  PARTLY_DONE: "warn",
  NOT_DONE: "danger",
  WITHDRAWN: "neutral",
};

export function PledgeStatusBadge({ status }: { status: PledgeStatus }) {
  const t = useTranslations("pledges.statuses");
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
