import { useId, type ReactNode } from "react";
import { cn } from "./cn";

/** Props a control needs to be tied to its label, hint and errors. Spread them onto the control. */
export type FieldControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  invalid: boolean;
  required?: boolean;
};

export type FieldProps = {
  label: ReactNode;
  /** Render prop so the id and ARIA wiring cannot be forgotten or mistyped. */
  children: (control: FieldControlProps) => ReactNode;
  hint?: ReactNode;
  errors?: readonly string[];
  required?: boolean;
  /** Shown next to the label, e.g. t("common.required"); text, not only an asterisk, for screen readers. */
  requiredLabel?: string;
  id?: string;
  className?: string;
};

export function Field({
  label,
  children,
  hint,
  errors,
  required,
  requiredLabel,
  id,
  className,
}: FieldProps) {
  const generatedId = useId();
  const controlId = id ?? generatedId;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const hasErrors = Boolean(errors && errors.length > 0);
  const describedBy = [hint ? hintId : null, hasErrors ? errorId : null].filter(Boolean).join(" ");

  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={controlId} className="font-medium text-ink-900">
        {label}
        {required && requiredLabel ? (
          <span className="ml-1.5 text-sm font-normal text-brand-700">（{requiredLabel}）</span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-ink-600">
          {hint}
        </p>
      ) : null}
      {children({
        id: controlId,
        "aria-describedby": describedBy || undefined,
        "aria-invalid": hasErrors ? true : undefined,
        invalid: hasErrors,
        required,
      })}
      <FieldError id={errorId} messages={errors} />
    </div>
  );
}

/**
 * Field-level messages. No live-region role on purpose: the form's FormAlert announces that
 * something is wrong, and each control reads its own messages through aria-describedby.
 */
export function FieldError({ id, messages }: { id: string; messages?: readonly string[] }) {
  if (!messages || messages.length === 0) return null;
  return (
    <ul id={id} className="flex flex-col gap-0.5 text-sm font-medium text-brand-700">
      {messages.map((message, index) => (
        <li key={`${index}-${message}`} className="flex gap-1.5">
          <span aria-hidden="true">!</span>
          <span>{message}</span>
        </li>
      ))}
    </ul>
  );
}
