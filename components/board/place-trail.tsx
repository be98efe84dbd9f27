import { useTranslations } from "next-intl";

export type TrailStep = { label: string; href?: string };

/** Where a page sits: prefecture › county › township › village (links back to the directory). */
export function PlaceTrail({ steps }: { steps: TrailStep[] }) {
  const t = useTranslations("publicBoard");
  return (
    <nav aria-label={t("trailLabel")} className="text-sm">
      <ol className="flex flex-wrap items-center gap-x-1 text-ink-600">
        {steps.map((step, index) => (
          <li key={`${index}-${step.label}`} className="flex items-center gap-1">
            {index > 0 ? <span aria-hidden="true">›</span> : null}
            {step.href ? (
              <a href={step.href} className="inline-flex min-h-tap items-center underline underline-offset-4">
                {step.label}
              </a>
            ) : (
              <span aria-current="page">{step.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
