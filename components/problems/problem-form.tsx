"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatusAlert, useFieldErrors, type ClientFormState } from "@/components/forms/form-messages";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;
export const PROBLEM_AREAS = ["INCOME", "POVERTY_RELIEF", "VILLAGE_APPEARANCE", "PLANTING_STRUCTURE", "LABOUR_EXPORT", "VILLAGE_AFFAIRS", "DRINKING_WATER", "WORK_STYLE", "OTHER"] as const;

/** Add a problem (with a client-made id, so a retried submit adds it once), or edit one. */
export function ProblemForm({
  action,
  submitLabel,
  hidden,
  defaults = { title: "", area: "", description: "" },
  opinions = [],
}: {
  action: FormAction;
  submitLabel: string;
  hidden: Record<string, string | number>;
  defaults?: { title: string; area: string; description: string };
  /** Accepted opinions not yet sorted into a problem: ticking several merges them into this one. */
  opinions?: readonly { id: string; body: string }[];
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  const errorsFor = useFieldErrors(state);
  const typed = state.status === "error" ? state.values : undefined;
  const value = (field: keyof typeof defaults) => typed?.[field] ?? defaults[field];
  const ticked = new Set((typed?.opinionIds ?? "").split(",").filter(Boolean));
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate key={`${state.status}-${JSON.stringify(typed ?? {})}`}>
      <FormStatusAlert state={state} success={t("problems.saved")} />
      {Object.entries(hidden).map(([key, v]) => (
        <input key={key} type="hidden" name={key} value={v} />
      ))}
      <Field label={t("problems.fields.title")} hint={t("problems.fields.titleHint")} errors={errorsFor("title")} required requiredLabel={t("common.required")}>
        {({ invalid, ...control }) => <Input {...control} invalid={invalid} name="title" defaultValue={value("title")} maxLength={60} required />}
      </Field>
      <Field label={t("problems.fields.area")} errors={errorsFor("area")} required requiredLabel={t("common.required")}>
        {({ invalid, ...control }) => (
          <Select {...control} invalid={invalid} name="area" defaultValue={value("area")} required>
            <option value="" disabled>
              —
            </option>
            {PROBLEM_AREAS.map((area) => (
              <option key={area} value={area}>
                {t(`problems.areas.${area}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t("problems.fields.description")} errors={errorsFor("description")}>
        {({ invalid, ...control }) => <Textarea {...control} invalid={invalid} name="description" defaultValue={value("description")} rows={3} maxLength={2000} />}
      </Field>
      {opinions.length > 0 ? (
        <fieldset className="flex flex-col gap-1">
          <legend className="font-medium text-ink-900">{t("problems.fields.opinions")}</legend>
          <p className="text-sm text-ink-600">{t("problems.fields.opinionsHint")}</p>
          {opinions.map((opinion) => (
            <label key={opinion.id} className="flex min-h-tap items-start gap-2 py-1">
              <input type="checkbox" name="opinionIds" value={opinion.id} defaultChecked={ticked.has(opinion.id)} className="mt-1 size-5 shrink-0 accent-brand-700" />
              <span className="break-words">{opinion.body}</span>
            </label>
          ))}
          {errorsFor("opinionIds") ? <p className="text-sm font-medium text-brand-700">{errorsFor("opinionIds")!.join(" ")}</p> : null}
        </fieldset>
      ) : null}
      <div>
        <SubmitButton pendingLabel={t("common.submitting")}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
