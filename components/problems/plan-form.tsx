"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatusAlert, useFieldErrors, type ClientFormState } from "@/components/forms/form-messages";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;
export type PlanDefaults = { measures: string; timeline: string; responsible: string; version?: number };

/** The rectification plan of a focus problem; `version` is absent until the first plan is saved. */
export function PlanForm({ action, problemId, defaults }: { action: FormAction; problemId: string; defaults: PlanDefaults }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  const errorsFor = useFieldErrors(state);
  const typed = state.status === "error" ? state.values : undefined;
  const text = (field: "measures" | "timeline" | "responsible") => typed?.[field] ?? defaults[field];
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate key={`${state.status}-${defaults.version ?? 0}`}>
      <FormStatusAlert state={state} success={t("problems.saved")} />
      <input type="hidden" name="problemId" value={problemId} />
      <input type="hidden" name="version" value={defaults.version ?? ""} />
      <Field label={t("problems.fields.measures")} hint={t("problems.planHint")} errors={errorsFor("measures")} required requiredLabel={t("common.required")}>
        {({ invalid, ...control }) => <Textarea {...control} invalid={invalid} name="measures" defaultValue={text("measures")} rows={5} maxLength={4000} />}
      </Field>
      <Field label={t("problems.fields.timeline")} errors={errorsFor("timeline")} required requiredLabel={t("common.required")}>
        {({ invalid, ...control }) => <Textarea {...control} invalid={invalid} name="timeline" defaultValue={text("timeline")} rows={2} maxLength={1000} />}
      </Field>
      <Field label={t("problems.fields.responsible")} errors={errorsFor("responsible")} required requiredLabel={t("common.required")}>
        {({ invalid, ...control }) => <Input {...control} invalid={invalid} name="responsible" defaultValue={text("responsible")} maxLength={200} />}
      </Field>
      <div>
        <SubmitButton pendingLabel={t("common.submitting")}>{t("problems.savePlan")}</SubmitButton>
      </div>
    </form>
  );
}
