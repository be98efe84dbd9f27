"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatusAlert, useFieldErrors, type ClientFormState } from "@/components/forms/form-messages";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";

type SignInAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;

export function SignInForm({ action }: { action: SignInAction }) {
  const t = useTranslations("auth.signIn");
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  const errorsFor = useFieldErrors(state);
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <FormStatusAlert state={state} />
      <Field label={t("phone")} hint={t("phoneHint")} errors={errorsFor("phone")}>
        {({ invalid, ...control }) => (
          <Input
            {...control}
            invalid={invalid}
            name="phone"
            type="tel"
            inputMode="numeric"
            autoComplete="username"
            defaultValue={state.values?.phone ?? ""}
            key={state.values?.phone}
            required
          />
        )}
      </Field>
      <Field label={t("password")} errors={errorsFor("password")}>
        {({ invalid, ...control }) => (
          <Input {...control} invalid={invalid} name="password" type="password" autoComplete="current-password" required />
        )}
      </Field>
      <SubmitButton size="lg" pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
