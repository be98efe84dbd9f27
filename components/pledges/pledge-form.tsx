"use client";

import { useActionState, useId, useMemo, useState, type FormEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useFieldErrors, type ClientFormState } from "@/components/forms/form-messages";
import { StatusAlert } from "@/components/opinions/status-alert";
import { Field, type FieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { checkVagueness, type OtherPledge, type PledgeText, type VaguenessFlag } from "@/lib/pledges/vagueness";
import { VaguenessHints } from "./vagueness-hints";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;

type TextField = "area" | "action" | "quantity" | "unit" | "placeOrBeneficiaries" | "dueOn" | "responsiblePerson" | "verification";
export type PledgeFormValues = Record<TextField | "pledgerKind" | "memberId" | "problemId" | "reason", string>;

export type PledgeFormMember = { id: string; name: string; skills: string };
export type PledgeFormProblem = { id: string; title: string; area: string; hasPlan: boolean };

export type PledgeFormProps = {
  action: FormAction;
  /**
   * "create": the branch or a member pledges, chosen here; "upward": a township or department
   * pledges support (the pledger is the account's own); "edit": a draft or returned pledge;
   * "amend": a published one (needs a reason).
   */
  mode: "create" | "upward" | "edit" | "amend";
  hidden: Record<string, string | number>;
  defaults: PledgeFormValues;
  members: readonly PledgeFormMember[];
  problems: readonly PledgeFormProblem[];
  areas: readonly string[];
  campaign: { startsOn: string; endsOn: string };
  /** The village's other member pledges, for the near-copy hint (a member's own other pledges do not count). */
  otherPledges: readonly (OtherPledge & { memberId?: string })[];
  submitLabel: string;
};

/**
 * The pledge form. The vagueness check runs on every change, in the browser, with the same pure
 * function the server runs on save: hints appear under the field they concern, each with a
 * concrete suggestion. Without JavaScript the form still posts; the pledge's page then lists the
 * hints the server found.
 */
export function PledgeForm(props: PledgeFormProps) {
  const { action, mode, hidden, defaults, members, problems, areas, campaign, otherPledges, submitLabel } = props;
  const t = useTranslations();
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  const errorsFor = useFieldErrors(state);
  const typed = state.status === "error" ? state.values : undefined;
  const initial = useMemo(() => ({ ...defaults, ...typed }) as PledgeFormValues, [defaults, typed]);
  const [current, setCurrent] = useState<PledgeFormValues>(initial);
  const [touched, setTouched] = useState(mode === "edit" || mode === "amend" || typed !== undefined);
  const idBase = useId();

  const flags = useMemo(() => {
    const memberId = current.pledgerKind === "MEMBER" ? current.memberId : "";
    const others = otherPledges.filter((other) => !memberId || other.memberId !== memberId);
    return checkVagueness({ ...(current as PledgeText), id: typeof hidden.id === "string" ? hidden.id : null }, { otherPledges: others });
  }, [current, hidden.id, otherPledges]);
  const flagsFor = (field: keyof PledgeText): VaguenessFlag[] => (touched ? flags.filter((flag) => flag.field === field) : []);
  const hintId = (field: string) => `${idBase}-${field}-vague`;

  function onChange(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    setCurrent((before) => {
      const next = { ...before };
      for (const key of Object.keys(before) as (keyof PledgeFormValues)[]) {
        const value = data.get(key);
        if (typeof value === "string") next[key] = value;
      }
      return next;
    });
    setTouched(true);
  }

  const value = (field: keyof PledgeFormValues) => initial[field] ?? "";
  const selectedMember = members.find((member) => member.id === current.memberId);
  const showMember = mode === "create" ? current.pledgerKind === "MEMBER" : defaults.pledgerKind === "MEMBER";

  /** Wires a control to its vagueness hints as well as the Field's own hint and errors. */
  const described = (control: FieldControlProps, field: keyof PledgeText) => {
    const { invalid: _invalid, ...rest } = control;
    const ids = [control["aria-describedby"], flagsFor(field).length > 0 ? hintId(field) : null].filter(Boolean).join(" ");
    return { ...rest, "aria-describedby": ids || undefined };
  };
  const hints = (field: keyof PledgeText): ReactNode => <VaguenessHints id={hintId(field)} flags={flagsFor(field)} />;
  const required = { required: true, requiredLabel: t("common.required") };

  return (
    <form action={formAction} onChange={onChange} className="flex flex-col gap-4" noValidate key={`${state.status}-${JSON.stringify(typed ?? {})}`}>
      <StatusAlert state={state} namespace="pledges" />
      {Object.entries(hidden).map(([key, v]) => (
        <input key={key} type="hidden" name={key} value={typed?.[key] ?? v} />
      ))}

      {mode === "create" ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="font-medium text-ink-900">{t("pledges.fields.pledgerKind")}</legend>
          <div className="flex flex-wrap gap-x-6 gap-y-1">
            {(["BRANCH", "MEMBER"] as const).map((kind) => (
              <label key={kind} className="flex min-h-tap items-center gap-2">
                <input type="radio" name="pledgerKind" value={kind} defaultChecked={value("pledgerKind") === kind} className="size-5 accent-brand-700" />
                {t(`pledges.kinds.${kind}`)}
              </label>
            ))}
          </div>
          {errorsFor("pledgerKind") ? <p className="text-sm font-medium text-brand-700">{errorsFor("pledgerKind")!.join(" ")}</p> : null}
        </fieldset>
      ) : null}

      {mode === "create" || (mode === "edit" && showMember) ? (
        <Field
          label={t("pledges.fields.memberId")}
          errors={errorsFor("memberId")}
          hint={
            selectedMember
              ? selectedMember.skills
                ? t("pledges.fields.skills", { skills: selectedMember.skills })
                : t("pledges.fields.noSkills")
              : undefined
          }
        >
          {({ invalid, ...control }) => (
            <Select {...control} invalid={invalid} name="memberId" defaultValue={value("memberId")}>
              <option value="">{t("pledges.fields.memberPlaceholder")}</option>
              {members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.skills ? `${member.name}（${member.skills}）` : member.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}

      {mode !== "amend" ? (
        <Field label={t("pledges.fields.problemId")} errors={errorsFor("problemId")}>
          {({ invalid, ...control }) => (
            <Select {...control} invalid={invalid} name="problemId" defaultValue={value("problemId")}>
              <option value="">{t("pledges.fields.problemNone")}</option>
              {problems.map((problem) => (
                <option key={problem.id} value={problem.id}>
                  {problem.title}
                  {problem.hasPlan ? "" : t("pledges.fields.problemNoPlan")}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}

      <Field label={t("pledges.fields.area")} errors={errorsFor("area")} {...required}>
        {({ invalid, ...control }) => (
          <Select {...control} invalid={invalid} name="area" defaultValue={value("area")}>
            <option value="">{t("pledges.fields.areaPlaceholder")}</option>
            {areas.map((area) => (
              <option key={area} value={area}>
                {t(`problems.areas.${area}` as never)}
              </option>
            ))}
          </Select>
        )}
      </Field>

      <Field label={t("pledges.fields.action")} hint={t("pledges.fields.actionHint")} errors={errorsFor("action")} {...required}>
        {(control) => (
          <>
            <Textarea {...described(control, "action")} invalid={control.invalid} name="action" defaultValue={value("action")} rows={3} maxLength={500} />
            {hints("action")}
          </>
        )}
      </Field>

      <div className="grid grid-cols-2 gap-3">
        <Field label={t("pledges.fields.quantity")} errors={errorsFor("quantity")}>
          {(control) => (
            <>
              <Input {...described(control, "quantity")} invalid={control.invalid} name="quantity" inputMode="decimal" defaultValue={value("quantity")} maxLength={13} />
              {hints("quantity")}
            </>
          )}
        </Field>
        <Field label={t("pledges.fields.unit")} hint={t("pledges.fields.unitHint")} errors={errorsFor("unit")}>
          {(control) => (
            <>
              <Input {...described(control, "unit")} invalid={control.invalid} name="unit" defaultValue={value("unit")} maxLength={10} />
              {hints("unit")}
            </>
          )}
        </Field>
      </div>

      <Field label={t("pledges.fields.placeOrBeneficiaries")} errors={errorsFor("placeOrBeneficiaries")}>
        {(control) => (
          <>
            <Input {...described(control, "placeOrBeneficiaries")} invalid={control.invalid} name="placeOrBeneficiaries" defaultValue={value("placeOrBeneficiaries")} maxLength={200} />
            {hints("placeOrBeneficiaries")}
          </>
        )}
      </Field>

      <Field
        label={t("pledges.fields.dueOn")}
        hint={t("pledges.fields.dueOnHint", { start: campaign.startsOn, end: campaign.endsOn })}
        errors={errorsFor("dueOn")}
        {...required}
      >
        {(control) => (
          <>
            <Input {...described(control, "dueOn")} invalid={control.invalid} name="dueOn" type="date" min={campaign.startsOn} max={campaign.endsOn} defaultValue={value("dueOn")} />
            {hints("dueOn")}
          </>
        )}
      </Field>

      <Field label={t("pledges.fields.responsiblePerson")} errors={errorsFor("responsiblePerson")}>
        {(control) => (
          <>
            <Input {...described(control, "responsiblePerson")} invalid={control.invalid} name="responsiblePerson" defaultValue={value("responsiblePerson")} maxLength={50} />
            {hints("responsiblePerson")}
          </>
        )}
      </Field>

      <Field label={t("pledges.fields.verification")} hint={t("pledges.fields.verificationHint")} errors={errorsFor("verification")}>
        {(control) => (
          <>
            <Textarea {...described(control, "verification")} invalid={control.invalid} name="verification" defaultValue={value("verification")} rows={2} maxLength={300} />
            {hints("verification")}
          </>
        )}
      </Field>

      {mode === "amend" ? (
        <Field label={t("pledges.fields.reason")} hint={t("pledges.fields.reasonHint")} errors={errorsFor("reason")} {...required}>
          {({ invalid, ...control }) => <Textarea {...control} invalid={invalid} name="reason" defaultValue={value("reason")} rows={2} maxLength={500} />}
        </Field>
      ) : null}

      <p role="status" aria-label={t("pledges.hints.title")} className="text-sm text-ink-700">
        {touched ? (flags.length === 0 ? t("pledges.hints.summaryNone") : t("pledges.hints.summary", { count: flags.length })) : null}
      </p>
      <div>
        <SubmitButton pendingLabel={t("common.submitting")}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
