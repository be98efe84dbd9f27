import type { ReactNode } from "react";
import { cn } from "./cn";

export function EmptyState({
  title,
  description,
  icon,
  action,
  headingLevel: Heading = "h2",
  className,
}: {
  title: ReactNode;
  description?: ReactNode;
  icon?: ReactNode;
  action?: ReactNode;
  headingLevel?: "h2" | "h3";
  className?: string;
}) {
  return (
    <div
      className={cn(
        "flex flex-col items-center gap-3 rounded-lg border border-dashed border-ink-300 bg-surface px-4 py-10 text-center",
        className,
      )}
    >
      {icon ? (
        <div aria-hidden="true" className="text-ink-400">
          {icon}
        </div>
      ) : null}
      <Heading className="text-lg font-semibold text-ink-900">{title}</Heading>
      {description ? <p className="max-w-prose text-ink-600">{description}</p> : null}
      {action ? <div className="mt-1">{action}</div> : null}
    </div>
  );
}
