"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useFieldErrors, type ClientFormState } from "@/components/forms/form-messages";
import { StatusAlert } from "@/components/opinions/status-alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;

export type MemberDefaults = { name: string; phone: string; skills: string };

/**
 * Add a member (`hidden`: a client-made id and the village) or edit one (`hidden`: id and the
 * version read). On error everything typed comes back.
 */
export function MemberForm({
  action,
  submitLabel,
  successLabel,
  hidden,
  defaults = { name: "", phone: "", skills: "" },
}: {
  action: FormAction;
  submitLabel: string;
  successLabel: string;
  hidden: Record<string, string | number>;
  defaults?: MemberDefaults;
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  const errorsFor = useFieldErrors(state);
  const typed = state.status === "error" ? state.values : undefined;
  const value = (field: keyof MemberDefaults) => typed?.[field] ?? defaults[field];
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate key={`${state.status}-${JSON.stringify(typed ?? {})}`}>
      <StatusAlert state={state} success={state.status === "success" ? successLabel : undefined} namespace="members" />
      {Object.entries(hidden).map(([key, v]) => (
        <input key={key} type="hidden" name={key} value={typed?.[key] ?? v} />
      ))}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("members.fields.name")} errors={errorsFor("name")} required requiredLabel={t("common.required")}>
          {({ invalid, ...control }) => <Input {...control} invalid={invalid} name="name" maxLength={30} autoComplete="off" defaultValue={value("name")} required />}
        </Field>
        <Field label={t("members.fields.phone")} hint={t("members.fields.phoneHint")} errors={errorsFor("phone")}>
          {({ invalid, ...control }) => (
            <Input {...control} invalid={invalid} name="phone" type="tel" inputMode="tel" autoComplete="off" maxLength={20} defaultValue={value("phone")} />
          )}
        </Field>
      </div>
      <Field label={t("members.fields.skills")} hint={t("members.fields.skillsHint")} errors={errorsFor("skills")}>
        {({ invalid, ...control }) => <Input {...control} invalid={invalid} name="skills" maxLength={200} defaultValue={value("skills")} />}
      </Field>
      <div>
        <SubmitButton pendingLabel={t("common.submitting")}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
