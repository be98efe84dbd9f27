"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatusAlert, type ClientFormState } from "@/components/forms/form-messages";
import { ConfirmButton } from "@/components/ui/confirm-button";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;

/** Takes an entry off the good-practice list, after asking. */
export function RemoveGoodPracticeForm({ action, id, name }: { action: FormAction; id: string; name: string }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormStatusAlert state={state} />
      <input type="hidden" name="id" value={id} />
      <ConfirmButton variant="secondary" title={t("goodPractice.removeTitle", { name })} description={t("goodPractice.removeHint")} confirmLabel={t("goodPractice.remove")} pendingLabel={t("common.submitting")}>
        {t("goodPractice.remove")}
      </ConfirmButton>
    </form>
  );
}
