"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatusAlert, useFieldErrors, type ClientFormState } from "@/components/forms/form-messages";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;

/** Marks a village or a published pledge as good practice (典型经验), with what others can learn from it. */
export function MarkGoodPracticeForm({ action, hidden }: { action: FormAction; hidden: Record<string, string> }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  const errorsFor = useFieldErrors(state);
  const typed = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate key={state.status === "success" ? "done" : "form"}>
      <FormStatusAlert state={state} success={t("goodPractice.marked")} />
      {Object.entries(hidden).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <Field label={t("goodPractice.note")} hint={t("goodPractice.noteHint")} errors={errorsFor("note")} required requiredLabel={t("common.required")}>
        {({ invalid, ...control }) => <Textarea {...control} invalid={invalid} name="note" rows={2} maxLength={500} defaultValue={typed?.note ?? ""} />}
      </Field>
      {errorsFor("pledgeId") ? <p className="text-sm font-medium text-brand-700">{errorsFor("pledgeId")!.join(" ")}</p> : null}
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("common.submitting")}>
          {t("goodPractice.mark")}
        </SubmitButton>
      </div>
    </form>
  );
}
