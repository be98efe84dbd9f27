import Link from "next/link";

type Step = { level: string; id: string; name: string };

/** Where the page stands in the tree: each step above links back to its own dashboard. */
export function UnitTrail({ trail, label }: { trail: Step[]; label: string }) {
  return (
    <nav aria-label={label}>
      <ol className="flex flex-wrap items-center gap-1">
        {trail.map((step, i) => (
          <li key={step.id} className="flex items-center gap-1">
            {i > 0 ? <span aria-hidden="true">›</span> : null}
            {i < trail.length - 1 ? (
              <Link href={step.level === "prefecture" || i === 0 ? "/oversight" : `/oversight?unit=${step.level}:${step.id}`} className="text-brand-700 underline">
                {step.name}
              </Link>
            ) : (
              <span aria-current="page">{step.name}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
