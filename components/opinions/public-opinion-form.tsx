"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useFieldErrors, type ClientFormState } from "@/components/forms/form-messages";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { StatusAlert } from "./status-alert";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;

/**
 * A villager's opinion, no account needed. After sending, nothing of it is shown back: only
 * that the secretary will read it first. "Another one" reloads the page for a fresh id.
 */
export function PublicOpinionForm({ action, slug, newId }: { action: FormAction; slug: string; newId: string }) {
  const t = useTranslations("opinions.public");
  const tc = useTranslations("common");
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  const errorsFor = useFieldErrors(state);
  if (state.status === "success") {
    return (
      <div className="flex flex-col gap-4">
        <FormAlert label={t("sentTitle")} tone="success" title={t("sentTitle")} messages={[t("sentBody")]} />
        <a href={`/v/${slug}/opinion`} className="text-brand-700 underline">
          {t("another")}
        </a>
      </div>
    );
  }
  const typed = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate key={`${state.status}-${JSON.stringify(typed ?? {})}`}>
      <StatusAlert state={state} namespace="opinions" />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="id" value={typed?.id ?? newId} />
      <Field label={t("body")} hint={t("bodyHint")} errors={errorsFor("body")} required requiredLabel={tc("required")}>
        {({ invalid, ...control }) => <Textarea {...control} invalid={invalid} name="body" rows={5} maxLength={300} defaultValue={typed?.body ?? ""} required />}
      </Field>
      <Field label={t("name")} hint={tc("optional")} errors={errorsFor("authorName")}>
        {({ invalid, ...control }) => <Input {...control} invalid={invalid} name="authorName" maxLength={30} autoComplete="name" defaultValue={typed?.authorName ?? ""} />}
      </Field>
      <Field label={t("phone")} hint={t("phoneHint")} errors={errorsFor("authorPhone")}>
        {({ invalid, ...control }) => (
          <Input {...control} invalid={invalid} name="authorPhone" type="tel" inputMode="tel" autoComplete="tel" maxLength={20} defaultValue={typed?.authorPhone ?? ""} />
        )}
      </Field>
      <p className="text-sm text-ink-600">{t("privacy")}</p>
      <div>
        <SubmitButton size="lg" pendingLabel={tc("submitting")}>
          {t("send")}
        </SubmitButton>
      </div>
    </form>
  );
}
