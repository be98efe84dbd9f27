import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

export type UnitListItem = { id: string; name: string; detail: string; editHref?: string };

/** A plain list of units (townships, departments) with an optional edit link on each. */
export function UnitList({ items, emptyTitle, editLabel }: { items: UnitListItem[]; emptyTitle: string; editLabel: string }) {
  if (items.length === 0) return <EmptyState title={emptyTitle} />;
  return (
    <ul className="divide-y divide-ink-100">
      {items.map((item) => (
        <li key={item.id} className="flex items-center justify-between gap-3 py-2">
          <span>
            {item.name} <span className="text-sm text-ink-600">· {item.detail}</span>
          </span>
          {item.editHref ? (
            <Link href={item.editHref} className="text-sm text-brand-700 underline">
              {editLabel}
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
