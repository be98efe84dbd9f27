import type { ReactNode } from "react";
import { cn } from "./cn";

export type BadgeTone = "neutral" | "brand" | "ok" | "warn" | "danger" | "info";

// Tones pair a tint with dark text; the words carry the meaning, colour only reinforces it.
const tones: Record<BadgeTone, string> = {
  neutral: "bg-ink-100 text-ink-800 border-ink-200",
  brand: "bg-brand-50 text-brand-800 border-brand-200",
  ok: "bg-ok-50 text-ok-700 border-ok-700/30",
  warn: "bg-warn-50 text-warn-700 border-warn-700/30",
  danger: "bg-brand-700 text-white border-brand-700",
  info: "bg-ink-50 text-ink-700 border-ink-300",
};

export function Badge({
  tone = "neutral",
  className,
  children,
}: {
  tone?: BadgeTone;
  className?: string;
  children: ReactNode;
}) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-sm font-medium whitespace-nowrap",
        tones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
