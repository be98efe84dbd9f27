"use client";

import { useTranslations } from "next-intl";
import { FormStatusAlert, type ClientFormState } from "@/components/forms/form-messages";
import { FormAlert } from "@/components/ui/form-alert";

type Namespace = "evaluation" | "ballot";

/**
 * Field messages of an evaluation form: the domain's own wording first (evaluation.errors.* or
 * ballot.errors.*, e.g. CODE_USED), then the general one for that field or code.
 */
export function useEvaluationFieldErrors(state: ClientFormState, namespace: Namespace) {
  const own = useTranslations(`${namespace}.errors`);
  const general = useTranslations("errors");
  const say = (field: string, code: string) => {
    if (own.has(code as never)) return own(code as never);
    for (const key of [`byField.${field}.${code}`, `fields.${code}`]) if (general.has(key as never)) return general(key as never);
    return general("fields.INVALID");
  };
  return (field: string): string[] | undefined => state.fieldErrors?.[field]?.map((code) => say(field, code));
}

/** The form-level message: the domain's wording for its own codes, else the general one. */
export function EvaluationStatusAlert({ state, success, namespace }: { state: ClientFormState; success?: string; namespace: Namespace }) {
  const own = useTranslations(`${namespace}.errors`);
  const general = useTranslations("errors");
  const code = state.status === "error" ? state.formError : undefined;
  if (code && own.has(code as never)) {
    return <FormAlert label={general("formAlertLabel")} tone="error" messages={[own(code as never)]} />;
  }
  return <FormStatusAlert state={state} success={success} />;
}
