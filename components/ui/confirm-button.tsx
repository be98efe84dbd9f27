"use client";

import {
  useEffect,
  useId,
  useRef,
  useSyncExternalStore,
  type ReactNode,
  type RefObject,
} from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { confirmFieldName, confirmFieldValue } from "@/lib/confirm";
import { Button, type ButtonVariant } from "./button";
import { SubmitButton } from "./submit-button";

/**
 * A destructive submit that asks first. Place it inside the <form> whose server action does the
 * deed.
 *
 * Contract (see lib/confirm.ts): the server action MUST check `isConfirmed(formData)`, i.e.
 * `confirm=yes`, and refuse otherwise.
 * - With JavaScript: the trigger opens a native modal <dialog> (focus is trapped, Esc cancels,
 *   focus returns to the trigger). Only the dialog's confirm button submits, and it carries
 *   `name="confirm" value="yes"` itself, so other submit buttons in the same form never do.
 * - Without JavaScript (and in the server HTML before hydration): a required checkbox
 *   `name="confirm" value="yes"` plus a plain submit button. We never fall back to submitting on
 *   a single click.
 */
export function ConfirmButton({
  children,
  title,
  description,
  confirmLabel,
  cancelLabel,
  checkboxLabel,
  pendingLabel,
  variant = "danger",
}: {
  /** The trigger's label, e.g. "撤回承诺". */
  children: ReactNode;
  /** The question in the dialog, e.g. "确定撤回这条承诺吗？". */
  title: ReactNode;
  description?: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel?: ReactNode;
  checkboxLabel?: ReactNode;
  pendingLabel?: ReactNode;
  variant?: ButtonVariant;
}) {
  const t = useTranslations("common");
  const hydrated = useHydrated();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;

  if (!hydrated) {
    return (
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <label className="flex min-h-tap items-center gap-2">
          <input
            type="checkbox"
            name={confirmFieldName}
            value={confirmFieldValue}
            required
            className="size-5 accent-brand-700"
          />
          <span>{checkboxLabel ?? t("confirmAction.checkboxLabel")}</span>
        </label>
        <SubmitButton variant={variant} pendingLabel={pendingLabel}>
          {children}
        </SubmitButton>
      </div>
    );
  }

  return (
    <>
      <Button
        variant={variant}
        aria-haspopup="dialog"
        onClick={() => dialogRef.current?.showModal()}
      >
        {children}
      </Button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-ink-200 bg-surface p-0 text-ink-900 shadow-xl backdrop:bg-ink-900/50"
      >
        <CloseWhenSettled dialogRef={dialogRef} />
        <div className="flex flex-col gap-3 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <p id={descriptionId} className="text-ink-700">
            {description ?? t("confirmAction.dialogHint")}
          </p>
          <div className="mt-2 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            {/* Cancel takes initial focus: the safe choice is the default one. */}
            <Button variant="secondary" autoFocus onClick={() => dialogRef.current?.close()}>
              {cancelLabel ?? t("cancel")}
            </Button>
            <SubmitButton
              variant={variant}
              name={confirmFieldName}
              value={confirmFieldValue}
              pendingLabel={pendingLabel}
            >
              {confirmLabel}
            </SubmitButton>
          </div>
        </div>
      </dialog>
    </>
  );
}

/**
 * Keeps the dialog open (showing the pending label) while the action runs, then closes it so the
 * form's own FormAlert or the refreshed page shows the outcome.
 */
function CloseWhenSettled({ dialogRef }: { dialogRef: RefObject<HTMLDialogElement | null> }) {
  const { pending } = useFormStatus();
  const wasPending = useRef(false);
  useEffect(() => {
    if (wasPending.current && !pending) dialogRef.current?.close();
    wasPending.current = pending;
  }, [pending, dialogRef]);
  return null;
}

const noopSubscribe = () => () => {};

/** False in the server HTML and during hydration, true afterwards: tells us JavaScript is running. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noopSubscribe,
    () => true,
    () => false,
  );
}
