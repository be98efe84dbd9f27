"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatusAlert, useFieldErrors, type ClientFormState } from "@/components/forms/form-messages";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;
export type PlaceOption = { id: string; label: string; group: string };

export function CreateAccountForm({ action, roles, places }: { action: FormAction; roles: { value: string; label: string }[]; places: PlaceOption[] }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  const errorsFor = useFieldErrors(state);
  const typed = state.status === "error" ? (state.values ?? {}) : {};
  const groups = [...new Set(places.map((place) => place.group))];
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate key={`${state.status}-${JSON.stringify(typed)}`}>
      <FormStatusAlert state={state} success={t("accounts.saved")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("accounts.fields.name")} errors={errorsFor("name")} required requiredLabel={t("common.required")}>
          {({ invalid, ...control }) => <Input {...control} invalid={invalid} name="name" defaultValue={typed.name ?? ""} maxLength={30} required />}
        </Field>
        <Field label={t("accounts.fields.phone")} errors={errorsFor("phone")} required requiredLabel={t("common.required")}>
          {({ invalid, ...control }) => (
            <Input {...control} invalid={invalid} name="phone" type="tel" inputMode="numeric" defaultValue={typed.phone ?? ""} required />
          )}
        </Field>
        <Field label={t("accounts.fields.role")} errors={errorsFor("role")} required requiredLabel={t("common.required")}>
          {({ invalid, ...control }) => (
            <Select {...control} invalid={invalid} name="role" defaultValue={typed.role ?? ""} required>
              <option value="" disabled>
                —
              </option>
              {roles.map((role) => (
                <option key={role.value} value={role.value}>
                  {role.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("accounts.fields.place")} hint={t("accounts.fields.placeHint")} errors={errorsFor("placeId")}>
          {({ invalid, ...control }) => (
            <Select {...control} invalid={invalid} name="placeId" defaultValue={typed.placeId ?? ""}>
              <option value="">—</option>
              {groups.map((group) => (
                <optgroup key={group} label={group}>
                  {places
                    .filter((place) => place.group === group)
                    .map((place) => (
                      <option key={place.id} value={place.id}>
                        {place.label}
                      </option>
                    ))}
                </optgroup>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("accounts.fields.password")} errors={errorsFor("password")} required requiredLabel={t("common.required")}>
          {({ invalid, ...control }) => <Input {...control} invalid={invalid} name="password" type="password" autoComplete="new-password" required />}
        </Field>
      </div>
      <div>
        <SubmitButton pendingLabel={t("common.submitting")}>{t("accounts.actions.save")}</SubmitButton>
      </div>
    </form>
  );
}
