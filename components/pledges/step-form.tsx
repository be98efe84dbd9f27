"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useFieldErrors, type ClientFormState } from "@/components/forms/form-messages";
import { StatusAlert } from "@/components/opinions/status-alert";
import type { ButtonVariant } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;

export type StepTextField = { name: string; label: string; hint?: string; required?: boolean; maxLength: number; defaultValue?: string };

/**
 * One step of a pledge (submit, publish, approve, return, explain): the pledge and the version the
 * user saw, optional text fields, one button. On error the typed text comes back under its field;
 * on success the message says what happened.
 */
export function PledgeStepForm({
  action,
  hidden,
  fields = [],
  submitLabel,
  successLabel,
  variant = "primary",
}: {
  action: FormAction;
  hidden: Record<string, string | number>;
  fields?: readonly StepTextField[];
  submitLabel: string;
  successLabel: string;
  variant?: ButtonVariant;
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  const errorsFor = useFieldErrors(state);
  const typed = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate key={`${state.status}-${JSON.stringify(typed ?? {})}`}>
      <StatusAlert state={state} success={state.status === "success" ? successLabel : undefined} namespace="pledges" />
      {Object.entries(hidden).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      {fields.map((field) => (
        <Field
          key={field.name}
          label={field.label}
          hint={field.hint}
          errors={errorsFor(field.name)}
          required={field.required}
          requiredLabel={field.required ? t("common.required") : undefined}
        >
          {({ invalid, ...control }) => (
            <Textarea {...control} invalid={invalid} name={field.name} rows={2} maxLength={field.maxLength} defaultValue={typed?.[field.name] ?? field.defaultValue ?? ""} />
          )}
        </Field>
      ))}
      <div>
        <SubmitButton variant={variant} pendingLabel={t("common.submitting")}>
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
