"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ClientFormState } from "@/components/forms/form-messages";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { EvaluationStatusAlert, useEvaluationFieldErrors } from "./messages";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;
const idle = { status: "idle" } as ClientFormState;

/** Closing a round publishes its results: asked first, and told what will not count. */
export function CloseRoundForm({ action, roundId, version, warning }: { action: FormAction; roundId: string; version: number; warning?: string }) {
  const t = useTranslations("evaluation.close");
  const tc = useTranslations("common");
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <EvaluationStatusAlert state={state} namespace="evaluation" success={state.status === "success" ? t("closed") : undefined} />
      <input type="hidden" name="id" value={roundId} />
      <input type="hidden" name="version" value={version} />
      {warning ? <p className="font-medium text-warn-700">{warning}</p> : null}
      <div>
        <ConfirmButton title={t("confirmTitle")} description={t("confirmHint")} confirmLabel={t("submit")} pendingLabel={tc("submitting")}>
          {t("submit")}
        </ConfirmButton>
      </div>
    </form>
  );
}

/** Voiding a lost batch: a reason, and a confirmation. */
export function VoidBatchForm({ action, batchId, roundId }: { action: FormAction; batchId: string; roundId: string }) {
  const t = useTranslations("evaluation.batches");
  const tc = useTranslations("common");
  const [state, formAction] = useActionState(action, idle);
  const errorsFor = useEvaluationFieldErrors(state, "evaluation");
  const typed = state.status === "error" ? state.values : undefined;
  if (state.status === "success") return <EvaluationStatusAlert state={state} namespace="evaluation" success={t("voided")} />;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <EvaluationStatusAlert state={state} namespace="evaluation" />
      <input type="hidden" name="id" value={batchId} />
      <input type="hidden" name="roundId" value={roundId} />
      <Field label={t("reason")} hint={t("reasonHint")} errors={errorsFor("reason")} required requiredLabel={tc("required")}>
        {({ invalid, ...control }) => <Input {...control} invalid={invalid} name="reason" maxLength={200} defaultValue={typed?.reason ?? ""} />}
      </Field>
      <div>
        <ConfirmButton title={t("confirmTitle")} description={t("confirmHint")} confirmLabel={t("void")} pendingLabel={tc("submitting")}>
          {t("void")}
        </ConfirmButton>
      </div>
    </form>
  );
}

const ASSESSMENTS = ["FULFILLED", "PARTLY_FULFILLED", "NOT_FULFILLED"] as const;

/** The branch's final word on one pledge, beside what the villagers said. */
export function AssessForm({
  action,
  roundId,
  pledgeId,
  version,
  current,
}: {
  action: FormAction;
  roundId: string;
  pledgeId: string;
  version: number;
  current: string | null;
}) {
  const t = useTranslations("evaluation.assess");
  const tr = useTranslations("evaluation.results");
  const tc = useTranslations("common");
  const [state, formAction] = useActionState(action, idle);
  const errorsFor = useEvaluationFieldErrors(state, "evaluation");
  const typed = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="pledgeId" value={pledgeId} />
      <input type="hidden" name="version" value={version} />
      <Field label={t("label")} errors={errorsFor("assessment")} className="sm:flex-1">
        {({ invalid, ...control }) => (
          <Select {...control} invalid={invalid} name="assessment" defaultValue={typed?.assessment ?? current ?? ""}>
            <option value="" disabled>
              {t("choose")}
            </option>
            {ASSESSMENTS.map((assessment) => (
              <option key={assessment} value={assessment}>
                {tr(`assessments.${assessment}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <SubmitButton variant="secondary" pendingLabel={tc("submitting")}>
        {t("save")}
      </SubmitButton>
      <EvaluationStatusAlert state={state} namespace="evaluation" success={state.status === "success" ? t("saved") : undefined} />
    </form>
  );
}
