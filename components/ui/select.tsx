import type { SelectHTMLAttributes } from "react";
import { controlClasses } from "./control-classes";
import { cn } from "./cn";

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & { invalid?: boolean };

/** The native <select>: on cheap Android phones it opens the system picker, which is the easiest to use. */
export function Select({ invalid, className, children, ...props }: SelectProps) {
  return (
    <select
      className={controlClasses(invalid, cn("pr-8", className))}
      {...props}
      aria-invalid={invalid || props["aria-invalid"] || undefined}
    >
      {children}
    </select>
  );
}
