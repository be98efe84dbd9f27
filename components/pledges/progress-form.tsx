"use client";

import { useActionState, useState, type ChangeEvent } from "react";
import { useTranslations } from "next-intl";
import { useFieldErrors, type ClientFormState } from "@/components/forms/form-messages";
import { StatusAlert } from "@/components/opinions/status-alert";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { controlClasses } from "@/components/ui/control-classes";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;

/** Per photo, as the server checks it (lib/pledges/evidence.ts MAX_UPLOAD_BYTES). */
const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
const MAX_PHOTOS = 6;

/**
 * A progress update with photos. The server checks every photo by its content and size; with
 * JavaScript the same size and count limits are told at once, before a weak connection spends
 * minutes uploading a photo that will be refused. A file input cannot be refilled after an error,
 * so the text comes back and the photos have to be chosen again.
 */
export function ProgressForm({ action, pledgeId, clientId }: { action: FormAction; pledgeId: string; clientId: string }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  const errorsFor = useFieldErrors(state);
  const [localError, setLocalError] = useState<string | null>(null);
  const typed = state.status === "error" ? state.values : undefined;

  function checkFiles(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.currentTarget.files ?? []);
    const problem =
      files.length > MAX_PHOTOS
        ? t("errors.fields.TOO_MANY")
        : files.some((file) => file.size > MAX_PHOTO_BYTES)
          ? t("errors.byField.files.TOO_LARGE")
          : files.some((file) => file.type && !file.type.startsWith("image/"))
            ? t("errors.fields.NOT_AN_IMAGE")
            : null;
    setLocalError(problem);
    event.currentTarget.setCustomValidity(problem ?? "");
  }

  const fileErrors = [...(errorsFor("files") ?? []), ...(localError ? [localError] : [])];
  return (
    <form
      action={formAction}
      className="flex flex-col gap-3"
      noValidate
      // A successful post starts a fresh form (and a fresh client id for the next update).
      key={state.status === "success" ? `done-${clientId}` : "form"}
    >
      <StatusAlert state={state} success={state.status === "success" ? t("pledges.progressAdded") : undefined} namespace="pledges" />
      <input type="hidden" name="id" value={clientId} />
      <input type="hidden" name="pledgeId" value={pledgeId} />
      <Field label={t("pledges.progressBody")} errors={errorsFor("body")} required requiredLabel={t("common.required")}>
        {({ invalid, ...control }) => <Textarea {...control} invalid={invalid} name="body" rows={3} maxLength={1000} defaultValue={typed?.body ?? ""} />}
      </Field>
      <Field label={t("pledges.photos")} hint={t("pledges.photosHint")} errors={fileErrors.length ? fileErrors : undefined}>
        {({ invalid, ...control }) => (
          <input
            {...control}
            type="file"
            name="files"
            accept="image/*"
            multiple
            onChange={checkFiles}
            className={controlClasses(invalid, "py-2")}
          />
        )}
      </Field>
      <label className="flex min-h-tap items-center gap-2">
        <input type="checkbox" name="keepLocation" defaultChecked={typed?.keepLocation === "on"} className="size-5 accent-brand-700" />
        {t("pledges.keepLocation")}
      </label>
      <div>
        <SubmitButton pendingLabel={t("common.submitting")} aria-disabled={localError ? true : undefined}>
          {t("pledges.addProgress")}
        </SubmitButton>
      </div>
    </form>
  );
}
