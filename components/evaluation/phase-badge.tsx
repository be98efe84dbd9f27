import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { RoundPhase } from "@/lib/evaluation/round-phase";

const TONE: Record<RoundPhase, BadgeTone> = { SCHEDULED: "info", OPEN: "ok", ENDED: "warn", CLOSED: "neutral" };

/** Where a round stands, in words (the colour only repeats them). */
export function PhaseBadge({ phase }: { phase: RoundPhase }) {
  const t = useTranslations("evaluation.phases");
  return <Badge tone={TONE[phase]}>{t(phase)}</Badge>;
}
