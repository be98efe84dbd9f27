import type { ReactNode } from "react";
import { cn } from "./cn";

export type FormAlertTone = "error" | "success" | "info";

const tones: Record<FormAlertTone, string> = {
  error: "border-brand-600 bg-brand-50 text-brand-900",
  success: "border-ok-700 bg-ok-50 text-ok-700",
  info: "border-ink-300 bg-ink-50 text-ink-800",
};

/**
 * The form-level message region. Always give it a `label`: Next.js mounts a hidden route
 * announcer that also has role="alert", so tests and screen-reader users need the name to tell
 * them apart. Errors use role="alert" (interrupts); success and info use role="status" (polite).
 */
export function FormAlert({
  label,
  tone = "error",
  title,
  messages,
  children,
  className,
}: {
  label: string;
  tone?: FormAlertTone;
  title?: ReactNode;
  messages?: readonly string[];
  children?: ReactNode;
  className?: string;
}) {
  const hasMessages = Boolean(messages && messages.length > 0);
  if (!title && !hasMessages && !children) return null;

  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      aria-label={label}
      className={cn("rounded-md border-l-4 px-4 py-3", tones[tone], className)}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      {hasMessages ? (
        <ul className={cn("list-disc pl-5", title ? "mt-1" : null)}>
          {messages?.map((message, index) => (
            <li key={`${index}-${message}`}>{message}</li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  );
}
