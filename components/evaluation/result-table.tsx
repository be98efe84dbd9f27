import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { PledgeResult } from "@/lib/evaluation/results";

const OPTIONS = ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "UNKNOWN"] as const;
const CHANNELS = ["CODE", "SECRETARY", "PAPER"] as const;
const GROUPS = ["VILLAGER", "MEMBER", "TOWNSHIP"] as const;
const BAR: Record<(typeof OPTIONS)[number], string> = {
  SATISFIED: "bg-ok-700",
  BASICALLY_SATISFIED: "bg-ok-700/50",
  DISSATISFIED: "bg-brand-600",
  UNKNOWN: "bg-ink-300",
};

type Result = Pick<
  PledgeResult,
  "total" | "byChannel" | "byGroup" | "votes" | "rated" | "satisfactionRate" | "villagerVotes" | "households" | "turnout" | "paperDisputed" | "paperAwaiting" | "flags"
>;

/**
 * One pledge's result, never a bare average: the satisfaction rate with what it is made of, the
 * counts per option for each channel side by side (paper beside online, not inside it), the
 * groups, turnout against households, and every anomaly flag in words.
 */
export function ResultTable({ result, caption, assessment }: { result: Result; caption: string; assessment?: string | null }) {
  const t = useTranslations("evaluation.results");
  const locale = useLocale();
  const percent = (value: number) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value);
  const groups = GROUPS.filter((group) => OPTIONS.some((option) => result.byGroup[group][option] > 0));
  return (
    <div className="flex flex-col gap-3">
      <p className="text-lg">
        {result.satisfactionRate === null ? (
          <span className="text-ink-700">{t("noRatings")}</span>
        ) : (
          <>
            <span className="font-bold text-ink-900 tabular-nums">{t("rate", { rate: percent(result.satisfactionRate) })}</span>{" "}
            <span className="text-sm text-ink-600">
              {t("rateBasis", { good: result.total.SATISFIED + result.total.BASICALLY_SATISFIED, rated: result.rated, unknown: result.total.UNKNOWN })}
            </span>
          </>
        )}
      </p>
      {result.votes > 0 ? (
        <div aria-hidden="true" className="flex h-3 overflow-hidden rounded-full bg-ink-100">
          {OPTIONS.map((option) => (
            <div key={option} className={BAR[option]} style={{ width: `${(100 * result.total[option]) / result.votes}%` }} />
          ))}
        </div>
      ) : null}
      <div className="overflow-x-auto">
        <table className="w-full min-w-[18rem] border-collapse text-sm tabular-nums">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-ink-200 text-left text-ink-600">
              <th scope="col" className="py-1 pr-2 font-medium">
                {t("option")}
              </th>
              {CHANNELS.map((channel) => (
                <th key={channel} scope="col" className="px-1 py-1 text-right font-medium">
                  {t(`channels.${channel}`)}
                </th>
              ))}
              <th scope="col" className="py-1 pl-1 text-right font-semibold text-ink-900">
                {t("total")}
              </th>
            </tr>
          </thead>
          <tbody>
            {OPTIONS.map((option) => (
              <tr key={option} className="border-b border-ink-100">
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {t(`options.${option}`)}
                </th>
                {CHANNELS.map((channel) => (
                  <td key={channel} className="px-1 py-1 text-right">
                    {result.byChannel[channel][option]}
                  </td>
                ))}
                <td className="py-1 pl-1 text-right font-semibold">{result.total[option]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {groups.length > 0 ? (
        <ul className="flex flex-col gap-0.5 text-sm text-ink-700">
          {groups.map((group) => {
            const counts = result.byGroup[group];
            const rated = counts.SATISFIED + counts.BASICALLY_SATISFIED + counts.DISSATISFIED;
            const votes = rated + counts.UNKNOWN;
            return (
              <li key={group}>
                {rated > 0
                  ? t("groupLine", { group: t(`groups.${group}`), votes, rate: percent((counts.SATISFIED + counts.BASICALLY_SATISFIED) / rated) })
                  : t("groupLineNoRate", { group: t(`groups.${group}`), votes })}
              </li>
            );
          })}
        </ul>
      ) : null}
      <p className="text-sm text-ink-700">
        {result.turnout === null
          ? t("turnoutUnknown", { votes: result.villagerVotes })
          : t("turnout", { votes: result.villagerVotes, households: result.households, share: percent(result.turnout) })}
      </p>
      {result.paperDisputed + result.paperAwaiting > 0 ? (
        <p className="text-sm font-medium text-warn-700">{t("paperHeld", { disputed: result.paperDisputed, awaiting: result.paperAwaiting })}</p>
      ) : null}
      {result.flags.length > 0 ? (
        <ul className="flex flex-col gap-1" aria-label={t("flagsLabel")}>
          {result.flags.map((flag) => (
            <li key={flag} className="flex flex-wrap items-start gap-2 text-sm">
              <Badge tone="warn">{t(`flags.${flag}.short`)}</Badge>
              <span className="min-w-0 flex-1 text-ink-700">{t(`flags.${flag}.long`)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {assessment ? (
        <p className="text-sm">
          <span className="text-ink-600">{t("assessmentLabel")}</span> <strong>{t(`assessments.${assessment}` as never)}</strong>
        </p>
      ) : null}
    </div>
  );
}
