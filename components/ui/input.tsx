import type { InputHTMLAttributes } from "react";
import { controlClasses } from "./control-classes";

export type InputProps = InputHTMLAttributes<HTMLInputElement> & { invalid?: boolean };

export function Input({ invalid, className, ...props }: InputProps) {
  return (
    <input
      className={controlClasses(invalid, className)}
      {...props}
      aria-invalid={invalid || props["aria-invalid"] || undefined}
    />
  );
}
