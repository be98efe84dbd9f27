import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/format";
import type { PublicFocusProblem } from "@/lib/public/board";

/** The focus problems the branch chose, each with its rectification plan in short. */
export function FocusProblems({ problems }: { problems: PublicFocusProblem[] }) {
  const t = useTranslations("publicBoard.focus");
  const ta = useTranslations("problems.areas");
  const locale = useLocale();
  return (
    <section aria-labelledby="focus-title" className="flex flex-col gap-3">
      <h2 id="focus-title" className="text-xl font-bold">
        {t("heading")}
      </h2>
      {problems.length === 0 ? (
        <p className="text-ink-700">{t("none")}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {problems.map((problem, index) => (
            <li key={problem.id} className="rounded-lg border border-ink-200 bg-surface p-3 sm:p-4">
              <h3 className="font-semibold">
                {t("number", { n: index + 1 })}
                {problem.title}
              </h3>
              <p className="text-sm text-ink-600">
                {ta(problem.area)}
                {problem.needsSupport ? ` · ${t("needsSupport")}` : ""}
              </p>
              {problem.description ? <p className="mt-1 text-sm">{problem.description}</p> : null}
              {problem.expectedResult ? (
                <p className="mt-1 text-sm">
                  <span className="text-ink-600">{t("expected")}</span>
                  {problem.expectedResult}
                  {problem.expectedBy ? `（${formatDate(`${problem.expectedBy}T12:00:00+08:00`, locale)}）` : ""}
                </p>
              ) : null}
              {problem.plan ? (
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 border-t border-ink-100 pt-2 text-sm">
                  <dt className="text-ink-600">{t("measures")}</dt>
                  <dd className="whitespace-pre-line">{problem.plan.measures}</dd>
                  <dt className="text-ink-600">{t("timeline")}</dt>
                  <dd className="whitespace-pre-line">{problem.plan.timeline}</dd>
                  <dt className="text-ink-600">{t("planResponsible")}</dt>
                  <dd>{problem.plan.responsible}</dd>
                </dl>
              ) : (
                <p className="mt-2 text-sm text-ink-600">{t("noPlan")}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
