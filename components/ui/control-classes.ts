import { cn } from "./cn";

// Shared look of text-like controls. 16 px text stops iOS Safari zooming on focus.
export function controlClasses(invalid: boolean | undefined, className?: string): string {
  return cn(
    "block w-full min-h-tap rounded-md border bg-surface px-3 py-2 text-base text-ink-900",
    "placeholder:text-ink-400 disabled:bg-ink-50 disabled:text-ink-500",
    invalid ? "border-brand-600 ring-1 ring-brand-600" : "border-ink-300",
    className,
  );
}
