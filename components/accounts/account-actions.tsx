"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatusAlert, useFieldErrors, type ClientFormState } from "@/components/forms/form-messages";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;

/** Reset password and disable / enable, each confirmed before it acts. */
export function AccountActions({
  account,
  resetAction,
  setActiveAction,
}: {
  account: { id: string; name: string; isActive: boolean };
  resetAction: FormAction;
  setActiveAction: FormAction;
}) {
  const t = useTranslations();
  const [resetState, reset] = useActionState(resetAction, { status: "idle" } as ClientFormState);
  const [activeState, setActive] = useActionState(setActiveAction, { status: "idle" } as ClientFormState);
  const errorsFor = useFieldErrors(resetState);
  const done = (state: ClientFormState) => (state.status === "success" && state.message ? t(`accounts.${state.message}` as never) : undefined);
  return (
    <div className="flex flex-col gap-3">
      <form action={setActive} className="flex flex-col gap-2">
        <FormStatusAlert state={activeState} success={done(activeState)} />
        <input type="hidden" name="id" value={account.id} />
        <input type="hidden" name="isActive" value={account.isActive ? "false" : "true"} />
        {account.isActive ? (
          <ConfirmButton title={`${t("accounts.actions.disable")} ${account.name}`} description={t("accounts.actions.disableConfirm")} confirmLabel={t("accounts.actions.disable")}>
            {t("accounts.actions.disable")}
          </ConfirmButton>
        ) : (
          <div>
            <Button type="submit" variant="secondary">
              {t("accounts.actions.enable")}
            </Button>
          </div>
        )}
      </form>
      <details>
        <summary className="cursor-pointer text-brand-700 underline">{t("accounts.actions.resetPassword")}</summary>
        <form action={reset} className="mt-3 flex flex-col gap-3" noValidate>
          <FormStatusAlert state={resetState} success={done(resetState)} />
          <input type="hidden" name="id" value={account.id} />
          <Field label={t("accounts.fields.newPassword")} errors={errorsFor("password")} required requiredLabel={t("common.required")}>
            {({ invalid, ...control }) => <Input {...control} invalid={invalid} name="password" type="password" autoComplete="new-password" required />}
          </Field>
          <ConfirmButton title={`${t("accounts.actions.resetPassword")} ${account.name}`} description={t("accounts.actions.resetConfirm")} confirmLabel={t("accounts.actions.resetPassword")} variant="secondary">
            {t("accounts.actions.resetPassword")}
          </ConfirmButton>
        </form>
      </details>
    </div>
  );
}
