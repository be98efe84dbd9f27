"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatusAlert, useFieldErrors, type ClientFormState } from "@/components/forms/form-messages";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;

export type FocusDefaults = { isFocus: boolean; focusReason: string; expectedResult: string; expectedBy: string; needsSupport: boolean };

/** Marks a focus problem (why, what result by when) or un-marks it. */
export function FocusForm({ action, id, version, defaults }: { action: FormAction; id: string; version: number; defaults: FocusDefaults }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  const errorsFor = useFieldErrors(state);
  const typed = state.status === "error" ? state.values : undefined;
  const text = (field: "focusReason" | "expectedResult" | "expectedBy") => typed?.[field] ?? defaults[field];
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate key={`${state.status}-${version}`}>
      <FormStatusAlert state={state} success={t("problems.saved")} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {errorsFor("isFocus") ? (
        <p className="text-brand-700" role="note">
          {errorsFor("isFocus")!.join(" ")}
        </p>
      ) : null}
      <Field label={t("problems.fields.focusReason")} hint={t("problems.fields.focusReasonHint")} errors={errorsFor("focusReason")} required requiredLabel={t("common.required")}>
        {({ invalid, ...control }) => <Textarea {...control} invalid={invalid} name="focusReason" defaultValue={text("focusReason")} rows={2} maxLength={500} />}
      </Field>
      <Field label={t("problems.fields.expectedResult")} errors={errorsFor("expectedResult")} required requiredLabel={t("common.required")}>
        {({ invalid, ...control }) => <Textarea {...control} invalid={invalid} name="expectedResult" defaultValue={text("expectedResult")} rows={2} maxLength={500} />}
      </Field>
      <Field label={t("problems.fields.expectedBy")} errors={errorsFor("expectedBy")} required requiredLabel={t("common.required")}>
        {({ invalid, ...control }) => <Input {...control} invalid={invalid} name="expectedBy" type="date" defaultValue={text("expectedBy")} />}
      </Field>
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" name="needsSupport" className="size-5" defaultChecked={typed ? typed.needsSupport === "on" : defaults.needsSupport} />
        <span>{t("problems.fields.needsSupport")}</span>
      </label>
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="isFocus" value="true" pendingLabel={t("common.submitting")}>
          {defaults.isFocus ? t("common.save") : t("problems.markFocus")}
        </SubmitButton>
        {defaults.isFocus ? (
          <Button type="submit" name="isFocus" value="false" variant="secondary">
            {t("problems.unmarkFocus")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
