"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatusAlert, useFieldErrors, type ClientFormState } from "@/components/forms/form-messages";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;

export type VillageDefaults = { name: string; branchName: string; households: number | ""; isPastoral: boolean };

/** Create a village under a chosen township, or edit one (`hidden` then carries id and version). */
export function VillageForm({
  action,
  submitLabel,
  townships,
  hidden = {},
  defaults = { name: "", branchName: "", households: "", isPastoral: false },
}: {
  action: FormAction;
  submitLabel: string;
  townships?: { id: string; label: string }[];
  hidden?: Record<string, string | number>;
  defaults?: VillageDefaults;
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  const errorsFor = useFieldErrors(state);
  const typed = state.status === "error" ? state.values : undefined;
  const value = (field: keyof VillageDefaults) => typed?.[field] ?? String(defaults[field]);
  const formKey = `${state.status}-${JSON.stringify(typed ?? {})}`;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate key={formKey}>
      <FormStatusAlert state={state} success={t("org.created")} />
      {Object.entries(hidden).map(([key, v]) => (
        <input key={key} type="hidden" name={key} value={v} />
      ))}
      {townships ? (
        <Field label={t("org.fields.township")} errors={errorsFor("townshipId")} required requiredLabel={t("common.required")}>
          {({ invalid, ...control }) => (
            <Select {...control} invalid={invalid} name="townshipId" defaultValue={typed?.townshipId ?? ""} required>
              <option value="" disabled>
                —
              </option>
              {townships.map((township) => (
                <option key={township.id} value={township.id}>
                  {township.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("org.fields.name")} errors={errorsFor("name")} required requiredLabel={t("common.required")}>
          {({ invalid, ...control }) => <Input {...control} invalid={invalid} name="name" defaultValue={value("name")} maxLength={50} required />}
        </Field>
        <Field label={t("org.fields.households")} errors={errorsFor("households")} required requiredLabel={t("common.required")}>
          {({ invalid, ...control }) => (
            <Input {...control} invalid={invalid} name="households" type="number" inputMode="numeric" min={1} defaultValue={value("households")} required />
          )}
        </Field>
      </div>
      <Field label={t("org.fields.branchName")} hint={t("org.fields.branchNameHint")} errors={errorsFor("branchName")}>
        {({ invalid, ...control }) => <Input {...control} invalid={invalid} name="branchName" defaultValue={value("branchName")} maxLength={60} />}
      </Field>
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" name="isPastoral" className="size-5" defaultChecked={typed ? typed.isPastoral === "on" : defaults.isPastoral} />
        <span>{t("org.fields.isPastoral")}</span>
      </label>
      <div>
        <SubmitButton pendingLabel={t("common.submitting")}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
