import type { ButtonHTMLAttributes } from "react";
import { cn } from "./cn";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "sm" | "md" | "lg";

const base =
  "inline-flex items-center justify-center gap-2 rounded-md font-medium whitespace-nowrap " +
  "transition-colors disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60";

// Danger is outlined at rest so it never looks like the (red) primary action next to it.
const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 active:bg-brand-900",
  secondary: "border border-ink-300 bg-surface text-ink-900 hover:bg-ink-50 active:bg-ink-100",
  danger:
    "border-2 border-brand-700 bg-surface text-brand-800 font-semibold hover:bg-brand-700 hover:text-white",
  ghost: "text-ink-800 hover:bg-ink-100 active:bg-ink-200",
};

// Every size keeps the 44 px minimum tap height; "sm" only tightens padding and text.
const sizes: Record<ButtonSize, string> = {
  sm: "min-h-tap px-3 text-sm",
  md: "min-h-tap px-4 text-base",
  lg: "min-h-12 px-6 text-lg",
};

/** Classes for anything that should look like a button, e.g. a <Link> call to action. */
export function buttonClasses({
  variant = "primary",
  size = "md",
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  return cn(base, variants[variant], sizes[size], className);
}

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
};

/** Defaults to type="button": a submit must be asked for, so stray buttons never post a form. */
export function Button({ variant, size, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClasses({ variant, size, className })} {...props} />;
}
