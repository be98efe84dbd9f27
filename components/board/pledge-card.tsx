import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/format";
import type { PublicPledge } from "@/lib/public/board";
import { pledgePath } from "@/lib/public/fields";
import { Deadline } from "./deadline";
import { Photos } from "./photos";
import { StatusBadge } from "./status-badge";
import "./board.css";

/** What was pledged, in the words of the pledge: how much, where or for whom, who, how it is checked. */
export function PledgeFacts({ pledge }: { pledge: PublicPledge }) {
  const t = useTranslations("publicBoard.pledge");
  const ta = useTranslations("problems.areas");
  const amount = pledge.quantity === null ? null : `${pledge.quantity}${pledge.unit ?? ""}`;
  return (
    <dl className="b-facts">
      <dt>{t("area")}</dt>
      <dd>{ta(pledge.area)}</dd>
      {amount ? (
        <>
          <dt>{t("amount")}</dt>
          <dd>{amount}</dd>
        </>
      ) : null}
      <dt>{t("place")}</dt>
      <dd>{pledge.placeOrBeneficiaries}</dd>
      <dt>{t("responsible")}</dt>
      <dd>{pledge.responsiblePerson}</dd>
      <dt>{t("verification")}</dt>
      <dd>{pledge.verification}</dd>
      {pledge.problem ? (
        <>
          <dt>{t("problem")}</dt>
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
    <p className="b-note">
      <strong>{pledge.status === "WITHDRAWN" ? t("withdrawnReason") : t("explanation")}</strong>
      {pledge.explanation}
    </p>
  );
}

/** The status line: status, due day, days left and the overdue mark. */
export function PledgeMeta({ pledge }: { pledge: PublicPledge }) {
  return (
    <p className="b-meta">
      <StatusBadge status={pledge.status} />
      <Deadline pledge={pledge} />
    </p>
  );
}

/**
 * One pledge on the board; its title opens the pledge's own page. Each fact is a line of one
 * text (white-space: pre-line) rather than an element of its own: a board draws this thirty
 * times, and every element is sent twice (as HTML, and again in the payload React hydrates from).
 */
export function PledgeCard({ pledge, slug }: { pledge: PublicPledge; slug: string }) {
  const t = useTranslations("publicBoard.pledge");
  const te = useTranslations("publicBoard.evaluation");
  const locale = useLocale();
  const latest = pledge.latestProgress;
  const amount = pledge.quantity === null ? null : `${pledge.quantity}${pledge.unit ?? ""}`;
  const facts = [
    amount ? `${t("amount")}：${amount}` : null,
    `${t("place")}：${pledge.placeOrBeneficiaries}`,
    `${t("responsible")}：${pledge.responsiblePerson}`,
    `${t("verification")}：${pledge.verification}`,
    pledge.problem ? `${t("problem")}：${pledge.problem.title}` : null,
  ];
  const evaluation = pledge.evaluation;
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  return (
    <article className={pledge.status === "WITHDRAWN" ? "b-card b-gone" : "b-card"}>
      <PledgeMeta pledge={pledge} />
      <h4>
        <a href={pledgePath(slug, pledge.id)}>{pledge.action}</a>
      </h4>
      <p className="b-facts">{facts.filter(Boolean).join("\n")}</p>
      <Explanation pledge={pledge} />
      {latest ? (
        <div className="b-progress">
          <p>{`${t("latestProgress", { date: formatDate(latest.at, locale), count: pledge.progressCount })}${latest.body}`}</p>
          <Photos photos={latest.photos} />
        </div>
      ) : null}
      {evaluation || pledge.assessment ? (
        <p className="b-eval">
          {[
            evaluation
              ? `${te("heading")}：${(["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "UNKNOWN"] as const).map((rating) => `${te(`ratings.${rating}`)} ${evaluation.total[rating]}`).join(" · ")}`
              : null,
            evaluation
              ? evaluation.satisfactionRate === null
                ? te("noRating")
                : te("rate", { rate: percent.format(evaluation.satisfactionRate), rated: evaluation.rated })
              : null,
            ...(evaluation?.flags ?? []).map((flag) => (te.has(`flags.${flag}` as never) ? te(`flags.${flag}` as never) : flag)),
            pledge.assessment ? te("assessment", { result: te(`assessments.${pledge.assessment}`) }) : null,
          ]
            .filter(Boolean)
            .join("\n")}
        </p>
      ) : null}
      {pledge.textVersion > 1 ? <p className="b-muted text-sm">{t("amended", { versions: pledge.textVersion - 1 })}</p> : null}
    </article>
  );
}
