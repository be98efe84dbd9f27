"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useFieldErrors, type ClientFormState } from "@/components/forms/form-messages";
import { Field, FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { StatusAlert } from "./status-alert";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;

export const RECORD_SOURCES = ["MASS_MEETING", "DOOR_TO_DOOR", "MEMBER", "SUGGESTION_BOX"] as const;

/**
 * The secretary's quick record: type what was said, tap where it was heard; that tap saves it.
 * Each source is its own submit button (name="source"), so it works without JavaScript too.
 * `newId` is made by the page on every render: a retried submit carries the same id.
 */
export function RecordOpinionForm({ action, villageId, newId }: { action: FormAction; villageId: string; newId: string }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  const errorsFor = useFieldErrors(state);
  const typed = state.status === "error" ? state.values : undefined;
  const formKey = `${state.status}-${JSON.stringify(typed ?? {})}`;
  const success = state.status === "success" ? t("opinions.recorded") : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate key={formKey}>
      <StatusAlert state={state} success={success} namespace="opinions" />
      <input type="hidden" name="id" value={typed?.id ?? newId} />
      <input type="hidden" name="villageId" value={villageId} />
      <Field label={t("opinions.fields.body")} hint={t("opinions.fields.bodyHint")} errors={errorsFor("body")} required requiredLabel={t("common.required")}>
        {({ invalid, ...control }) => <Textarea {...control} invalid={invalid} name="body" rows={3} maxLength={500} defaultValue={typed?.body ?? ""} required />}
      </Field>
      <details className="rounded-md border border-ink-200 px-3 py-2" open={Boolean(typed?.authorName || typed?.authorPhone || errorsFor("authorPhone"))}>
        <summary className="min-h-tap cursor-pointer content-center">{t("opinions.fields.author")}</summary>
        <div className="mt-2 grid gap-3 pb-2 sm:grid-cols-2">
          <Field label={t("opinions.fields.authorName")} errors={errorsFor("authorName")}>
            {({ invalid, ...control }) => <Input {...control} invalid={invalid} name="authorName" maxLength={30} defaultValue={typed?.authorName ?? ""} />}
          </Field>
          <Field label={t("opinions.fields.authorPhone")} hint={t("opinions.fields.authorPhoneHint")} errors={errorsFor("authorPhone")}>
            {({ invalid, ...control }) => (
              <Input {...control} invalid={invalid} name="authorPhone" type="tel" inputMode="tel" autoComplete="off" maxLength={20} defaultValue={typed?.authorPhone ?? ""} />
            )}
          </Field>
        </div>
      </details>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 font-medium text-ink-900">{t("opinions.fields.sourceSave")}</legend>
        <div className="grid grid-cols-2 gap-2">
          {RECORD_SOURCES.map((source) => (
            <SubmitButton key={source} name="source" value={source} variant={source === "MASS_MEETING" ? "primary" : "secondary"} pendingLabel={t("common.submitting")}>
              {t(`opinions.sources.${source}`)}
            </SubmitButton>
          ))}
        </div>
        <FieldError id="opinion-source-error" messages={errorsFor("source")} />
      </fieldset>
    </form>
  );
}
