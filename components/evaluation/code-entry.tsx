import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";

/**
 * Where a villager types the code from a slip. A plain GET form to /ballot?code=…, the same
 * address the slip's QR code opens, so it works on any phone with or without JavaScript.
 */
export function CodeEntry({ typed, problem }: { typed: string; problem?: string }) {
  const t = useTranslations("ballot");
  const message = problem ? (t.has(`errors.${problem}` as never) ? t(`errors.${problem}` as never) : t("errors.CODE_UNKNOWN")) : null;
  return (
    <form method="get" action="/ballot" className="flex flex-col gap-4" noValidate>
      {message ? <FormAlert label={t("codeProblem")} tone="error" title={t("codeProblem")} messages={[message]} /> : null}
      <div className="flex flex-col gap-1.5">
        <label htmlFor="ballot-code" className="font-medium text-ink-900">
          {t("code")}
        </label>
        <p id="ballot-code-hint" className="text-sm text-ink-600">
          {t("codeHint")}
        </p>
        <Input
          id="ballot-code"
          name="code"
          defaultValue={typed}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          inputMode="text"
          maxLength={40}
          invalid={Boolean(message)}
          aria-describedby={message ? "ballot-code-hint ballot-code-error" : "ballot-code-hint"}
          className="font-mono text-xl tracking-widest uppercase"
        />
        {message ? (
          <p id="ballot-code-error" className="text-sm font-medium text-brand-700">
            {message}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" className={buttonClasses({ size: "lg" })}>
          {t("openBallot")}
        </button>
      </div>
      <p className="text-sm text-ink-600">{t("noAccount")}</p>
    </form>
  );
}
