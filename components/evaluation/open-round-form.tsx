"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ClientFormState } from "@/components/forms/form-messages";
import { Badge } from "@/components/ui/badge";
import { Field, FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatDate } from "@/lib/format";
import { EvaluationStatusAlert, useEvaluationFieldErrors } from "./messages";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;

export type EvaluablePledge = {
  id: string;
  pledgerKind: "BRANCH" | "MEMBER" | "TOWNSHIP" | "DEPARTMENT";
  pledgerName: string | null;
  action: string;
  dueOn: string;
  status: string;
  evaluatedBefore: boolean;
  defaultChoice: boolean;
};

const GROUPS = ["VILLAGER", "MEMBER", "TOWNSHIP"] as const;
const DEFAULT_GROUPS = ["VILLAGER", "MEMBER"];

/** Opening a round: which pledges, the voting window (China time), which rater groups. */
export function OpenRoundForm({
  action,
  villageId,
  newId,
  pledges,
  opensAt,
  closesAt,
}: {
  action: FormAction;
  villageId: string;
  newId: string;
  pledges: EvaluablePledge[];
  opensAt: string;
  closesAt: string;
}) {
  const t = useTranslations("evaluation.open");
  const te = useTranslations("evaluation");
  const tc = useTranslations("common");
  const locale = useLocale();
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  const errorsFor = useEvaluationFieldErrors(state, "evaluation");
  const typed = state.status === "error" ? state.values : undefined;
  const chosenPledges = typed ? new Set(typed.pledgeIds?.split(",").filter(Boolean)) : null;
  const chosenGroups = typed ? new Set(typed.groups?.split(",").filter(Boolean)) : new Set(DEFAULT_GROUPS);
  const pledgeErrors = errorsFor("pledgeIds");
  const groupErrors = errorsFor("groups");
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate key={`${state.status}-${JSON.stringify(typed ?? {})}`}>
      <EvaluationStatusAlert state={state} namespace="evaluation" />
      <input type="hidden" name="id" value={typed?.id ?? newId} />
      <input type="hidden" name="villageId" value={villageId} />

      <fieldset className="flex flex-col gap-2" aria-describedby={pledgeErrors ? "pledges-error" : "pledges-hint"}>
        <legend className="font-medium text-ink-900">{t("pledges")}</legend>
        <p id="pledges-hint" className="text-sm text-ink-600">
          {t("pledgesHint")}
        </p>
        <FieldError id="pledges-error" messages={pledgeErrors} />
        <ul className="flex flex-col gap-2">
          {pledges.map((pledge) => (
            <li key={pledge.id}>
              <label className="flex min-h-tap cursor-pointer items-start gap-3 rounded-md border border-ink-200 bg-surface p-3 has-checked:border-brand-600">
                <input
                  type="checkbox"
                  name="pledgeIds"
                  value={pledge.id}
                  defaultChecked={chosenPledges ? chosenPledges.has(pledge.id) : pledge.defaultChoice}
                  className="mt-1 size-5 shrink-0 accent-brand-700"
                />
                <span className="flex min-w-0 flex-col gap-1">
                  <span className="font-medium break-words">{pledge.action}</span>
                  <span className="flex flex-wrap items-center gap-2 text-sm text-ink-600">
                    <span>{pledge.pledgerName ? `${te(`kinds.${pledge.pledgerKind}`)} · ${pledge.pledgerName}` : te(`kinds.${pledge.pledgerKind}`)}</span>
                    <span>{t("due", { date: formatDate(pledge.dueOn, locale) })}</span>
                    <Badge tone="neutral">{te(`pledgeStatuses.${pledge.status}` as never)}</Badge>
                    {pledge.evaluatedBefore ? <Badge tone="info">{t("evaluatedBefore")}</Badge> : null}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("opensAt")} errors={errorsFor("opensAt")} required requiredLabel={tc("required")}>
          {({ invalid, ...control }) => <Input {...control} invalid={invalid} type="datetime-local" name="opensAt" defaultValue={typed?.opensAt ?? opensAt} />}
        </Field>
        <Field label={t("closesAt")} hint={t("closesAtHint")} errors={errorsFor("closesAt")} required requiredLabel={tc("required")}>
          {({ invalid, ...control }) => <Input {...control} invalid={invalid} type="datetime-local" name="closesAt" defaultValue={typed?.closesAt ?? closesAt} />}
        </Field>
      </div>

      <fieldset className="flex flex-col gap-2" aria-describedby={groupErrors ? "groups-error" : undefined}>
        <legend className="font-medium text-ink-900">{t("groups")}</legend>
        <FieldError id="groups-error" messages={groupErrors} />
        {GROUPS.map((group) => (
          <label key={group} className="flex min-h-tap cursor-pointer items-center gap-3">
            <input type="checkbox" name="groups" value={group} defaultChecked={chosenGroups.has(group)} className="size-5 accent-brand-700" />
            <span>
              {te(`groups.${group}`)}
              <span className="ml-2 text-sm text-ink-600">{t(`groupHints.${group}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <div>
        <SubmitButton size="lg" pendingLabel={tc("submitting")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
