import type { TextareaHTMLAttributes } from "react";
import { controlClasses } from "./control-classes";

export type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { invalid?: boolean };

export function Textarea({ invalid, className, rows = 4, ...props }: TextareaProps) {
  return (
    <textarea
      rows={rows}
      className={controlClasses(invalid, className)}
      {...props}
      aria-invalid={invalid || props["aria-invalid"] || undefined}
    />
  );
}
