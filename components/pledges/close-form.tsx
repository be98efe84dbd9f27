"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useFieldErrors, type ClientFormState } from "@/components/forms/form-messages";
import { StatusAlert } from "@/components/opinions/status-alert";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;

const OUTCOMES = ["DONE", "PARTLY_DONE", "NOT_DONE", "WITHDRAWN"] as const;

/** Closing out a published pledge: the outcome, the public explanation where one is needed, a confirmation. */
export function CloseForm({ action, id, version }: { action: FormAction; id: string; version: number }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  const errorsFor = useFieldErrors(state);
  const typed = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate key={`${state.status}-${JSON.stringify(typed ?? {})}`}>
      <StatusAlert state={state} success={state.status === "success" ? t("pledges.closed") : undefined} namespace="pledges" />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <fieldset className="flex flex-col gap-1">
        <legend className="font-medium text-ink-900">{t("pledges.outcome")}</legend>
        <div className="flex flex-wrap gap-x-5">
          {OUTCOMES.map((outcome) => (
            <label key={outcome} className="flex min-h-tap items-center gap-2">
              <input type="radio" name="outcome" value={outcome} defaultChecked={(typed?.outcome ?? "DONE") === outcome} className="size-5 accent-brand-700" />
              {t(`pledges.outcomes.${outcome}`)}
            </label>
          ))}
        </div>
        {errorsFor("outcome") ? <p className="text-sm font-medium text-brand-700">{errorsFor("outcome")!.join(" ")}</p> : null}
      </fieldset>
      <Field label={t("pledges.explanation")} hint={t("pledges.explanationHint")} errors={errorsFor("explanation")}>
        {({ invalid, ...control }) => <Textarea {...control} invalid={invalid} name="explanation" rows={2} maxLength={1000} defaultValue={typed?.explanation ?? ""} />}
      </Field>
      {errorsFor("confirm") ? <p className="text-sm font-medium text-brand-700">{errorsFor("confirm")!.join(" ")}</p> : null}
      <ConfirmButton
        variant="secondary"
        title={t("pledges.closeConfirmTitle")}
        description={t("pledges.closeConfirmHint")}
        confirmLabel={t("pledges.close")}
        pendingLabel={t("common.submitting")}
      >
        {t("pledges.close")}
      </ConfirmButton>
    </form>
  );
}
