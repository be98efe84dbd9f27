"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FieldError } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/components/ui/cn";

export const RATING_OPTIONS = ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "UNKNOWN"] as const;

/**
 * One pledge's four options as big radio buttons (a thumb on a cheap phone), and an optional
 * comment. Field names follow the data layer: `rating:<pledgeId>`, `comment:<pledgeId>`.
 */
export function RatingFieldset({
  pledgeId,
  legend,
  children,
  rating,
  comment,
  ratingErrors,
  commentErrors,
  commentMax,
}: {
  pledgeId: string;
  legend: ReactNode;
  /** What is being rated, shown between the legend and the options. */
  children?: ReactNode;
  rating?: string;
  comment?: string;
  ratingErrors?: string[];
  commentErrors?: string[];
  commentMax: number;
}) {
  const t = useTranslations("ballot");
  const errorId = `rating-${pledgeId}-error`;
  const commentId = `comment-${pledgeId}`;
  const invalid = Boolean(ratingErrors?.length);
  return (
    <fieldset
      className={cn("flex flex-col gap-3 rounded-lg border bg-surface p-4", invalid ? "border-brand-600 ring-1 ring-brand-600" : "border-ink-200")}
      aria-describedby={invalid ? errorId : undefined}
      aria-invalid={invalid || undefined}
    >
      {/* A floated legend lays out like a heading inside the box instead of on its border. */}
      <legend className="float-left w-full font-semibold text-ink-900">{legend}</legend>
      <div className="clear-both flex flex-col gap-2">{children}</div>
      <FieldError id={errorId} messages={ratingErrors} />
      <div className="grid grid-cols-2 gap-2">
        {RATING_OPTIONS.map((option) => (
          <label
            key={option}
            className="flex min-h-12 cursor-pointer items-center gap-2 rounded-md border border-ink-300 px-3 has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:font-semibold"
          >
            <input type="radio" name={`rating:${pledgeId}`} value={option} defaultChecked={rating === option} className="size-5 shrink-0 accent-brand-700" required />
            <span>{t(`ratings.${option}`)}</span>
          </label>
        ))}
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={commentId} className="text-sm font-medium text-ink-800">
          {t("comment")}
          <span className="ml-1.5 font-normal text-ink-600">（{t("commentHint", { max: commentMax })}）</span>
        </label>
        <Textarea
          id={commentId}
          name={`comment:${pledgeId}`}
          rows={2}
          defaultValue={comment ?? ""}
          invalid={Boolean(commentErrors?.length)}
          aria-describedby={commentErrors?.length ? `${commentId}-error` : undefined}
        />
        <FieldError id={`${commentId}-error`} messages={commentErrors} />
      </div>
    </fieldset>
  );
}
