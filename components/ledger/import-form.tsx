"use client";

import { useActionState, type ChangeEvent } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ImportState } from "@/lib/ledger/import/state";

const MAX_BYTES = 10 * 1024 * 1024;

/** Upload → dry-run report by row and column → commit of the checked file; works without JavaScript. */
export function ImportForm({ action }: { action: (state: ImportState, formData: FormData) => Promise<ImportState> }) {
  const t = useTranslations("ledger");
  const [state, formAction] = useActionState(action, { status: "idle" } as ImportState);
  const report = state.report;

  function checkSize(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.setCustomValidity(file && file.size > MAX_BYTES ? t("fileTooLarge") : "");
    event.currentTarget.reportValidity();
  }

  const summary = report
    ? t("summary", {
        villagesCreate: report.summary.villages.create, villagesUpdate: report.summary.villages.update, villagesUnchanged: report.summary.villages.unchanged,
        membersCreate: report.summary.members.create, membersUpdate: report.summary.members.update, membersUnchanged: report.summary.members.unchanged,
        accountsCreate: report.summary.accounts.create, accountsUnchanged: report.summary.accounts.unchanged,
      })
    : "";

  return (
    <div className="flex flex-col gap-4">
      <form action={formAction} encType="multipart/form-data" className="flex flex-col gap-3">
        <input type="hidden" name="step" value="check" />
        <label htmlFor="roster-file" className="font-medium">{t("file")}</label>
        <input
          id="roster-file" name="file" type="file" required accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby="roster-file-hint" onChange={checkSize} className="min-h-tap"
        />
        <p id="roster-file-hint" className="text-sm text-ink-700">{t("fileHint")}</p>
        <div><SubmitButton pendingLabel={t("checking")}>{t("check")}</SubmitButton></div>
      </form>

      {state.status === "error" && state.formError ? (
        <FormAlert label={t("title")} messages={[t.has(`errors.${state.formError}` as "errors.UNEXPECTED") ? t(`errors.${state.formError}` as "errors.UNEXPECTED") : t("errors.UNEXPECTED")]} />
      ) : null}

      {state.status === "committed" && report ? (
        <FormAlert label={t("committed")} tone="success" title={t("committed")} messages={[summary]} />
      ) : null}

      {state.status === "committed" && state.accounts && state.accounts.length > 0 ? (
        <section aria-labelledby="new-passwords" className="flex flex-col gap-2">
          <h2 id="new-passwords" className="text-lg font-semibold">{t("passwordsTitle")}</h2>
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm">
              <thead><tr><th scope="col" className="text-left">{t("name")}</th><th scope="col" className="text-left">{t("phone")}</th><th scope="col" className="text-left">{t("village")}</th><th scope="col" className="text-left">{t("password")}</th></tr></thead>
              <tbody>
                {state.accounts.map((account) => (
                  <tr key={account.phone}><td>{account.name}</td><td>{account.phone}</td><td>{account.village}</td><td className="font-mono">{account.password}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {state.status === "checked" && report ? (
        <section aria-labelledby="import-report" className="flex flex-col gap-3">
          <h2 id="import-report" className="text-lg font-semibold">{t("reportTitle", { file: report.fileName })}</h2>
          {report.ok ? (
            <>
              <FormAlert label={t("reportTitle", { file: report.fileName })} tone="info" messages={[t("reportOk", { rows: report.rows }), summary]} />
              <form action={formAction}>
                <input type="hidden" name="step" value="commit" />
                <input type="hidden" name="fileHash" value={report.fileHash} />
                <input type="hidden" name="fileName" value={report.fileName} />
                <SubmitButton pendingLabel={t("committing")}>{t("commit")}</SubmitButton>
              </form>
            </>
          ) : (
            <>
              <FormAlert label={t("reportTitle", { file: report.fileName })} messages={[t("reportBad", { rows: report.rows, count: report.problemCount })]} />
              {report.problemCount > report.problems.length ? <p>{t("reportMore", { shown: report.problems.length })}</p> : null}
              <div className="overflow-x-auto">
                <table className="min-w-full text-sm">
                  <caption className="sr-only">{t("reportTitle", { file: report.fileName })}</caption>
                  <thead>
                    <tr><th scope="col" className="text-left">{t("row")}</th><th scope="col" className="text-left">{t("column")}</th><th scope="col" className="text-left">{t("problem")}</th></tr>
                  </thead>
                  <tbody>
                    {report.problems.map((problem, index) => (
                      <tr key={index}>
                        <td>{problem.row ?? t("wholeFile")}</td>
                        <td>{problem.column ?? ""}</td>
                        <td>{t(`problems.${problem.code}`, problem.params ?? {})}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </section>
      ) : null}
    </div>
  );
}
