"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ClientFormState } from "@/components/forms/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { EvaluationStatusAlert, useEvaluationFieldErrors } from "./messages";
import { RatingFieldset } from "./rating-fieldset";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;

/**
 * One member's ratings as given at the branch meeting, entered by the secretary. After each
 * member the form starts empty again for the next; who voted is not recorded.
 */
export function MemberBallotForm({
  action,
  roundId,
  newId,
  pledges,
  commentMax,
}: {
  action: FormAction;
  roundId: string;
  newId: string;
  pledges: { id: string; action: string; pledgerLine: string }[];
  commentMax: number;
}) {
  const t = useTranslations("evaluation.members");
  const tc = useTranslations("common");
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  const errorsFor = useEvaluationFieldErrors(state, "evaluation");
  const typed = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate key={`${state.status}-${newId}-${JSON.stringify(typed ?? {})}`}>
      <EvaluationStatusAlert state={state} namespace="evaluation" success={state.status === "success" ? t("recorded") : undefined} />
      <input type="hidden" name="id" value={typed?.id ?? newId} />
      <input type="hidden" name="roundId" value={roundId} />
      <ol className="flex flex-col gap-4">
        {pledges.map((pledge, index) => (
          <li key={pledge.id}>
            <RatingFieldset
              pledgeId={pledge.id}
              legend={`${index + 1}. ${pledge.action}`}
              rating={typed?.[`rating:${pledge.id}`]}
              comment={typed?.[`comment:${pledge.id}`]}
              ratingErrors={errorsFor(`rating:${pledge.id}`)}
              commentErrors={errorsFor(`comment:${pledge.id}`)}
              commentMax={commentMax}
            >
              <p className="text-sm text-ink-600">{pledge.pledgerLine}</p>
            </RatingFieldset>
          </li>
        ))}
      </ol>
      <div>
        <SubmitButton size="lg" pendingLabel={tc("submitting")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
