"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ClientFormState } from "@/components/forms/form-messages";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { EvaluationStatusAlert, useEvaluationFieldErrors } from "./messages";
import { RatingFieldset } from "./rating-fieldset";
import { BallotPledgeDetails, type BallotPledge } from "./ballot-pledge";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;

/**
 * The villager's ballot: every pledge of the round with its four options and an optional
 * comment. Works without JavaScript; on a refusal everything chosen and typed is still there.
 * A counted ballot leads to the thank-you page (the action redirects there).
 */
export function BallotForm({
  action,
  code,
  pledges,
  slug,
  commentMax,
}: {
  action: FormAction;
  code: string;
  pledges: BallotPledge[];
  slug: string;
  commentMax: number;
}) {
  const t = useTranslations("ballot");
  const tc = useTranslations("common");
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  const errorsFor = useEvaluationFieldErrors(state, "ballot");

  const typed = state.status === "error" ? state.values : undefined;
  const codeErrors = errorsFor("code");
  const missing = pledges.filter((pledge) => state.fieldErrors?.[`rating:${pledge.id}`]).length;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate key={`${state.status}-${JSON.stringify(typed ?? {})}`}>
      {codeErrors ? (
        <FormAlert label={t("codeProblem")} tone="error" title={t("codeProblem")} messages={codeErrors}>
          <a href="/ballot" className="mt-2 inline-block text-brand-800 underline">
            {t("otherCode")}
          </a>
        </FormAlert>
      ) : state.formError === "BALLOT_INCOMPLETE" ? (
        <FormAlert label={t("errors.BALLOT_INCOMPLETE")} tone="error" messages={[t("missingRatings", { count: missing })]} />
      ) : (
        <EvaluationStatusAlert state={state} namespace="ballot" />
      )}
      <input type="hidden" name="code" value={code} />
      <ol className="flex flex-col gap-4">
        {pledges.map((pledge, index) => (
          <li key={pledge.id}>
            <RatingFieldset
              pledgeId={pledge.id}
              legend={t("pledgeLegend", { n: index + 1, action: pledge.action })}
              rating={typed?.[`rating:${pledge.id}`]}
              comment={typed?.[`comment:${pledge.id}`]}
              ratingErrors={errorsFor(`rating:${pledge.id}`)}
              commentErrors={errorsFor(`comment:${pledge.id}`)}
              commentMax={commentMax}
            >
              <BallotPledgeDetails pledge={pledge} slug={slug} />
            </RatingFieldset>
          </li>
        ))}
      </ol>
      <p className="text-sm text-ink-600">{t("secrecy")}</p>
      <div>
        <SubmitButton size="lg" pendingLabel={tc("submitting")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
