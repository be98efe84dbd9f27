"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ClientFormState } from "@/components/forms/form-messages";
import { Field, FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { EvaluationStatusAlert, useEvaluationFieldErrors } from "./messages";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;
const OPTIONS = ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "UNKNOWN"] as const;

/**
 * A paper tally as counted from the meeting's sheet: people present, then four counts per pledge
 * (a pledge left all empty was not voted on). The first entry carries the photo of the sheet;
 * the second entry is typed from the sheet and photo, without seeing the first.
 */
export function TallyForm({
  action,
  roundId,
  entry,
  pledges,
  photoRequired,
}: {
  action: FormAction;
  roundId: string;
  entry: "first" | "second";
  pledges: { id: string; action: string; pledgerLine: string; note?: string }[];
  photoRequired?: boolean;
}) {
  const t = useTranslations("evaluation.tally");
  const tr = useTranslations("evaluation.results.options");
  const tc = useTranslations("common");
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  const errorsFor = useEvaluationFieldErrors(state, "evaluation");
  const typed = state.status === "error" ? state.values : undefined;
  const success = state.status === "success" && state.message ? t(`outcomes.${state.message}` as never) : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate key={`${state.status}-${JSON.stringify(typed ?? {})}`}>
      <EvaluationStatusAlert state={state} namespace="evaluation" success={success} />
      <input type="hidden" name="roundId" value={roundId} />
      <Field label={t("attendees")} hint={t("attendeesHint")} errors={errorsFor("attendees")} required requiredLabel={tc("required")}>
        {({ invalid, ...control }) => (
          <Input {...control} invalid={invalid} name="attendees" type="number" inputMode="numeric" min={0} defaultValue={typed?.attendees ?? ""} className="max-w-40" />
        )}
      </Field>
      <ol className="flex flex-col gap-4">
        {pledges.map((pledge, index) => (
          <li key={pledge.id}>
            <fieldset className="flex flex-col gap-3 rounded-lg border border-ink-200 bg-surface p-4">
              <legend className="float-left w-full font-semibold text-ink-900">{`${index + 1}. ${pledge.action}`}</legend>
              <p className="clear-both text-sm text-ink-600">{pledge.pledgerLine}</p>
              {pledge.note ? <p className="text-sm font-medium text-warn-700">{pledge.note}</p> : null}
              <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
                {OPTIONS.map((option) => {
                  const name = `count:${pledge.id}:${option}`;
                  const errors = errorsFor(name);
                  const id = `count-${pledge.id}-${option}`;
                  return (
                    <div key={option} className="flex flex-col gap-1">
                      <label htmlFor={id} className="text-sm font-medium">
                        {tr(option)}
                      </label>
                      <Input
                        id={id}
                        name={name}
                        type="number"
                        inputMode="numeric"
                        min={0}
                        defaultValue={typed?.[name] ?? ""}
                        invalid={Boolean(errors)}
                        aria-describedby={errors ? `${id}-error` : undefined}
                      />
                      <FieldError id={`${id}-error`} messages={errors} />
                    </div>
                  );
                })}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {entry === "first" ? (
        <Field label={t("photo")} hint={t(photoRequired ? "photoHint" : "photoAgainHint")} errors={errorsFor("photo")} required={photoRequired} requiredLabel={tc("required")}>
          {({ invalid, ...control }) => <Input {...control} invalid={invalid} name="photo" type="file" accept="image/*" capture="environment" />}
        </Field>
      ) : null}
      <div>
        <SubmitButton size="lg" pendingLabel={tc("submitting")}>
          {t(entry === "first" ? "submitFirst" : "submitSecond")}
        </SubmitButton>
      </div>
    </form>
  );
}
