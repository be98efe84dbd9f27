"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useFieldErrors, type ClientFormState } from "@/components/forms/form-messages";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { StatusAlert } from "./status-alert";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;

/** Accept (only for a pending one) and set aside with a reason, for one opinion. */
export function OpinionActions({
  opinionId,
  canAccept,
  acceptAction,
  setAsideAction,
}: {
  opinionId: string;
  canAccept: boolean;
  acceptAction: FormAction;
  setAsideAction: FormAction;
}) {
  const t = useTranslations();
  const [acceptState, accept] = useActionState(acceptAction, { status: "idle" } as ClientFormState);
  const [asideState, setAside] = useActionState(setAsideAction, { status: "idle" } as ClientFormState);
  const errorsFor = useFieldErrors(asideState);
  const typedReason = asideState.status === "error" ? (asideState.values?.reason ?? "") : "";
  return (
    <div className="flex flex-col gap-2">
      {canAccept ? (
        <form action={accept} className="flex flex-col gap-2">
          <StatusAlert state={acceptState} namespace="opinions" />
          <input type="hidden" name="id" value={opinionId} />
          <div>
            <SubmitButton pendingLabel={t("common.submitting")}>{t("opinions.accept")}</SubmitButton>
          </div>
        </form>
      ) : null}
      <details open={asideState.status === "error"}>
        <summary className="min-h-tap cursor-pointer content-center text-brand-700 underline">{t("opinions.setAside")}</summary>
        <form action={setAside} className="mt-2 flex flex-col gap-3" noValidate key={`${asideState.status}-${typedReason}`}>
          <StatusAlert state={asideState} namespace="opinions" />
          <input type="hidden" name="id" value={opinionId} />
          <Field label={t("opinions.fields.reason")} hint={t("opinions.fields.reasonHint")} errors={errorsFor("reason")} required requiredLabel={t("common.required")}>
            {({ invalid, ...control }) => <Textarea {...control} invalid={invalid} name="reason" rows={2} maxLength={200} defaultValue={typedReason} required />}
          </Field>
          <div>
            <SubmitButton variant="secondary" pendingLabel={t("common.submitting")}>
              {t("opinions.setAsideConfirm")}
            </SubmitButton>
          </div>
        </form>
      </details>
    </div>
  );
}
