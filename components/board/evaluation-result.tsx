import { useLocale, useTranslations } from "next-intl";
import type { Assessment } from "@/lib/generated/prisma/enums";
import type { PublicEvaluation } from "@/lib/public/board";

const RATINGS = ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "UNKNOWN"] as const;

/** On a pledge's page, the evaluation: counts per option and the satisfaction rate (never an average), and the assessment. */
export function EvaluationResult({ evaluation, assessment }: { evaluation: PublicEvaluation | null; assessment: Assessment | null }) {
  const t = useTranslations("publicBoard.evaluation");
  const locale = useLocale();
  if (!evaluation && !assessment) return null;
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  return (
    <div className="rounded-md border border-ink-200 bg-ink-50 px-3 py-2 text-sm">
      <p className="font-semibold text-ink-900">{t("heading")}</p>
      {evaluation ? (
        <>
          <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5">
            {RATINGS.map((rating) => (
              <li key={rating}>
                {t(`ratings.${rating}`)} <strong>{evaluation.total[rating]}</strong>
              </li>
            ))}
          </ul>
          <p className="mt-1">
            {evaluation.satisfactionRate === null
              ? t("noRating")
              : t("rate", { rate: percent.format(evaluation.satisfactionRate), rated: evaluation.rated })}
          </p>
          {evaluation.flags.length > 0 ? (
            <p className="mt-1 text-warn-700">{evaluation.flags.map((flag) => (t.has(`flags.${flag}` as never) ? t(`flags.${flag}` as never) : flag)).join(" ")}</p>
          ) : null}
        </>
      ) : null}
      {assessment ? <p className="mt-1">{t("assessment", { result: t(`assessments.${assessment}`) })}</p> : null}
    </div>
  );
}
