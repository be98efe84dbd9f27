"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatusAlert, useFieldErrors, type ClientFormState } from "@/components/forms/form-messages";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;

/**
 * Create or rename a unit that has only a name (county, township, department). `hidden` carries
 * the parent id on create, or the id and the version read on edit.
 */
export function NameForm({
  action,
  label,
  submitLabel,
  hidden,
  defaultName = "",
}: {
  action: FormAction;
  label: string;
  submitLabel: string;
  hidden: Record<string, string | number>;
  defaultName?: string;
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  const errorsFor = useFieldErrors(state);
  // After a successful create the form starts empty again; on error it keeps what was typed.
  const name = state.status === "error" ? (state.values?.name ?? "") : defaultName;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormStatusAlert state={state} success={t("org.created")} />
      {Object.entries(hidden).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <Field className="flex-1" label={label} errors={errorsFor("name")} required requiredLabel={t("common.required")}>
          {({ invalid, ...control }) => (
            <Input {...control} invalid={invalid} name="name" defaultValue={name} key={`${state.status}-${name}`} maxLength={50} required />
          )}
        </Field>
        <SubmitButton pendingLabel={t("common.submitting")}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
