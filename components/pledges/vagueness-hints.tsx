import type { VaguenessFlag } from "@/lib/pledges/vagueness";

/**
 * The vagueness check's advice for one field, under the field. Not a live region: the form's one
 * polite summary announces how many hints there are; each control reads its own through
 * aria-describedby.
 */
export function VaguenessHints({ id, flags }: { id: string; flags: readonly VaguenessFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <ul id={id} className="flex flex-col gap-1 rounded-md border border-warn-700/30 bg-warn-50 px-3 py-2 text-sm text-warn-700">
      {flags.map((flag) => (
        <li key={`${flag.code}-${flag.phrase ?? ""}`} className="flex gap-1.5">
          <span aria-hidden="true">▲</span>
          <span>{flag.suggestion}</span>
        </li>
      ))}
    </ul>
  );
}
