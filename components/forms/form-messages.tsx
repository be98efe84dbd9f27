"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import type { FormState } from "@/lib/action-state";

/** What a form action returns (a type only: nothing of the server module reaches the client). */
export type ClientFormState = FormState;

/**
 * Translates an action's field error codes for one field: a wording for that field first
 * (errors.byField, e.g. TOO_LARGE on a photo is not TOO_LARGE on a number), then the general one.
 */
export function useFieldErrors(state: ClientFormState) {
  const t = useTranslations("errors");
  const say = (field: string, code: string) => {
    for (const key of [`byField.${field}.${code}`, `fields.${code}`]) if (t.has(key as never)) return t(key as never);
    return t("fields.INVALID");
  };
  return (field: string): string[] | undefined => state.fieldErrors?.[field]?.map((code) => say(field, code));
}

/** The form-level error (by code), or a success message; nothing while idle. */
export function FormStatusAlert({ state, success }: { state: ClientFormState; success?: string }) {
  const t = useTranslations("errors");
  if (state.status === "success" && success) return <FormAlert label={success} tone="success" messages={[success]} />;
  if (state.status !== "error") return null;
  const code = state.formError;
  const message = !code
    ? t("formInvalid")
    : code === "UNEXPECTED"
      ? t("codes.UNEXPECTED", { ref: state.message ?? "" })
      : t.has(`codes.${code}` as never)
        ? t(`codes.${code}` as never)
        : t("codes.INVALID");
  return <FormAlert label={t("formAlertLabel")} tone="error" messages={[message]} />;
}
