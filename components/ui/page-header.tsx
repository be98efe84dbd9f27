import type { ReactNode } from "react";
import { cn } from "./cn";

/** The one <h1> of a page, with optional context above it and actions beside it. */
export function PageHeader({
  title,
  description,
  eyebrow,
  actions,
  className,
}: {
  title: ReactNode;
  description?: ReactNode;
  /** Small context line above the title, e.g. a back link or the village name. */
  eyebrow?: ReactNode;
  actions?: ReactNode;
  className?: string;
}) {
  return (
    <div
      className={cn(
        "flex flex-col gap-3 pb-4 sm:flex-row sm:items-end sm:justify-between",
        className,
      )}
    >
      <div className="flex min-w-0 flex-col gap-1">
        {eyebrow ? <div className="text-sm text-ink-600">{eyebrow}</div> : null}
        <h1 className="text-2xl font-bold break-words text-ink-900 sm:text-3xl">{title}</h1>
        {description ? <p className="max-w-prose text-ink-700">{description}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}
