import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/format";
import type { PublicPledge } from "@/lib/public/board";
import { pledgePath } from "@/lib/public/fields";
import { Deadline } from "./deadline";
import { EvaluationResult } from "./evaluation-result";
import { Photos } from "./photos";
import { StatusBadge } from "./status-badge";

/** What was pledged, in the words of the pledge: how much, where or for whom, who, how it is checked. */
export function PledgeFacts({ pledge }: { pledge: PublicPledge }) {
  const t = useTranslations("publicBoard.pledge");
  const ta = useTranslations("problems.areas");
  const amount = pledge.quantity === null ? null : `${pledge.quantity}${pledge.unit ?? ""}`;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
      <dt className="text-ink-600">{t("area")}</dt>
      <dd>{ta(pledge.area)}</dd>
      {amount ? (
        <>
          <dt className="text-ink-600">{t("amount")}</dt>
          <dd>{amount}</dd>
        </>
      ) : null}
      <dt className="text-ink-600">{t("place")}</dt>
      <dd>{pledge.placeOrBeneficiaries}</dd>
      <dt className="text-ink-600">{t("responsible")}</dt>
      <dd>{pledge.responsiblePerson}</dd>
      <dt className="text-ink-600">{t("verification")}</dt>
      <dd>{pledge.verification}</dd>
      {pledge.problem ? (
        <>
          <dt className="text-ink-600">{t("problem")}</dt>
          <dd>{pledge.problem.title}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** The explanation of a late, partly done or not done pledge, or the reason of a withdrawal. */
export function Explanation({ pledge }: { pledge: Pick<PublicPledge, "status" | "explanation"> }) {
  const t = useTranslations("publicBoard.pledge");
  if (!pledge.explanation) return null;
  return (
    <p className="rounded-md border-l-4 border-warn-700 bg-warn-50 px-3 py-2 text-sm">
      <strong>{pledge.status === "WITHDRAWN" ? t("withdrawnReason") : t("explanation")}</strong>
      {pledge.explanation}
    </p>
  );
}

/** One pledge on the board. */
export function PledgeCard({ pledge, slug, headingLevel: Heading = "h4" }: { pledge: PublicPledge; slug: string; headingLevel?: "h3" | "h4" }) {
  const t = useTranslations("publicBoard.pledge");
  const locale = useLocale();
  const latest = pledge.latestProgress;
  return (
    <article className="flex flex-col gap-2 rounded-lg border border-ink-200 bg-surface p-3 sm:p-4" aria-labelledby={`p-${pledge.id}`}>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <StatusBadge status={pledge.status} />
        <Deadline pledge={pledge} />
      </div>
      <Heading id={`p-${pledge.id}`} className={pledge.status === "WITHDRAWN" ? "font-semibold text-ink-600 line-through decoration-1" : "font-semibold text-ink-900"}>
        <a href={pledgePath(slug, pledge.id)} className="underline underline-offset-4">
          {pledge.action}
        </a>
      </Heading>
      <PledgeFacts pledge={pledge} />
      <Explanation pledge={pledge} />
      {latest ? (
        <div className="flex flex-col gap-1.5 border-t border-ink-100 pt-2 text-sm">
          <p>
            <span className="text-ink-600">
              {t("latestProgress", { date: formatDate(latest.at, locale), count: pledge.progressCount })}
            </span>{" "}
            {latest.body}
          </p>
          <Photos photos={latest.photos} />
        </div>
      ) : null}
      <EvaluationResult evaluation={pledge.evaluation} assessment={pledge.assessment} />
      {pledge.textVersion > 1 ? <p className="text-sm text-ink-700">{t("amended", { versions: pledge.textVersion - 1 })}</p> : null}
    </article>
  );
}
