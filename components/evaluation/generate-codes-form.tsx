"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ClientFormState } from "@/components/forms/form-messages";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { EvaluationStatusAlert, useEvaluationFieldErrors } from "./messages";
import { PrintButton } from "./print-button";
import { SlipSheet, type SheetSlip } from "./slip-sheet";

type SlipsState = ClientFormState & { slips?: { batchId: string; group: string; createdAt: string; items: SheetSlip[] } };
type FormAction = (state: SlipsState, formData: FormData) => Promise<SlipsState>;

/**
 * Generating a batch of one-time codes, and the sheet of slips that comes back. The codes exist
 * only in this answer: the sheet is printed now or the batch is voided and another printed.
 */
export function GenerateCodesForm({
  action,
  roundId,
  groups,
  allowance,
  village,
  closesAt,
  maxBatch,
}: {
  action: FormAction;
  roundId: string;
  groups: { group: string; left: number }[];
  allowance: string;
  village: string;
  closesAt: string;
  maxBatch: number;
}) {
  const t = useTranslations("evaluation.codes");
  const te = useTranslations("evaluation");
  const [state, formAction] = useActionState(action, { status: "idle" } as SlipsState);
  const errorsFor = useEvaluationFieldErrors(state, "evaluation");
  const typed = state.status === "error" ? state.values : undefined;

  if (state.status === "success" && state.slips) {
    const { slips } = state;
    return (
      <div className="flex flex-col gap-4">
        <div className="flex flex-col gap-3 print:hidden">
          <FormAlert label={t("generatedTitle", { count: slips.items.length })} tone="success" title={t("generatedTitle", { count: slips.items.length })} messages={[t("onceOnly")]} />
          <div className="flex flex-wrap gap-2">
            <PrintButton label={t("print")} />
            <a href={`/village/evaluation/${roundId}`} className="inline-flex min-h-tap items-center text-brand-700 underline">
              {t("doneBack")}
            </a>
          </div>
          <p className="text-sm text-ink-600">{t("printHint")}</p>
        </div>
        <SlipSheet slips={slips.items} village={village} group={te(`groups.${slips.group}` as never)} closesAt={closesAt} />
      </div>
    );
  }

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate key={`${state.status}-${JSON.stringify(typed ?? {})}`}>
      <EvaluationStatusAlert state={state} namespace="evaluation" />
      <input type="hidden" name="roundId" value={roundId} />
      <Field label={t("group")} errors={errorsFor("group")}>
        {({ invalid, ...control }) => (
          <Select {...control} invalid={invalid} name="group" defaultValue={typed?.group ?? groups[0]?.group}>
            {groups.map(({ group, left }) => (
              <option key={group} value={group}>
                {t("groupOption", { group: te(`groups.${group}` as never), left })}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t("count")} hint={allowance} errors={errorsFor("count")}>
        {({ invalid, ...control }) => (
          <Input {...control} invalid={invalid} name="count" type="number" inputMode="numeric" min={1} max={maxBatch} defaultValue={typed?.count ?? ""} />
        )}
      </Field>
      <p className="text-sm text-ink-700">{t("beforeGenerate")}</p>
      <div>
        <SubmitButton size="lg" pendingLabel={t("generating")}>
          {t("generate")}
        </SubmitButton>
      </div>
    </form>
  );
}
