"use client";

import { useTranslations } from "next-intl";
import { FormStatusAlert, type ClientFormState } from "@/components/forms/form-messages";
import { FormAlert } from "@/components/ui/form-alert";

/**
 * FormStatusAlert, but a form-level code the domain explains itself (opinions.errors.*,
 * members.errors.*, e.g. HAS_PLEDGES) is said in the domain's words.
 */
export function StatusAlert({ state, success, namespace }: { state: ClientFormState; success?: string; namespace: "opinions" | "members" | "pledges" }) {
  const t = useTranslations(`${namespace}.errors`);
  const tErrors = useTranslations("errors");
  const code = state.status === "error" ? state.formError : undefined;
  if (code && t.has(code as never)) {
    return <FormAlert label={tErrors("formAlertLabel")} tone="error" messages={[t(code as never)]} />;
  }
  return <FormStatusAlert state={state} success={success} />;
}
