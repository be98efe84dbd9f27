"use client";

import type { MouseEvent, ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "./button";

export type SubmitButtonProps = Omit<ButtonProps, "type"> & {
  /** Replaces the label while the form is posting, e.g. t("common.submitting"). */
  pendingLabel?: ReactNode;
};

/**
 * A submit button that shows progress on slow connections and ignores repeat taps while pending.
 * It uses aria-disabled rather than `disabled` so keyboard focus stays on the button.
 */
export function SubmitButton({ children, pendingLabel, onClick, ...props }: SubmitButtonProps) {
  const { pending } = useFormStatus();

  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (pending) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  }

  return (
    <Button
      {...props}
      type="submit"
      aria-busy={pending || undefined}
      aria-disabled={pending || props["aria-disabled"] || undefined}
      onClick={handleClick}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
