// A readable diff between two public texts of a pledge (pure): field by field, and inside a
// field word by word. Chinese has no spaces between words, so words come from Intl.Segmenter
// ("修缮3处" → 修缮 · 3 · 处), which keeps a changed number from dragging its neighbours along.

import { diffWords } from "diff";
import type { PublicPledgeText } from "./pledge";

export type DiffPart = { kind: "same" | "added" | "removed"; value: string };

export type FieldChange = { field: keyof PublicPledgeText | "amount"; before: string; after: string; parts: DiffPart[] };

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

export function diffText(before: string, after: string): DiffPart[] {
  return diffWords(before, after, { intlSegmenter: segmenter }).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    value: change.value,
  }));
}

/** The fields in the order a reader meets them on the page; quantity and unit read as one amount. */
const FIELDS = ["action", "amount", "placeOrBeneficiaries", "dueOn", "responsiblePerson", "verification", "area"] as const;

function valueOf(text: PublicPledgeText, field: (typeof FIELDS)[number]): string {
  if (field === "amount") return text.quantity === null ? "" : `${text.quantity}${text.unit ?? ""}`;
  return text[field] ?? "";
}

/** The fields that differ between two texts, each with its word diff. */
export function changedFields(before: PublicPledgeText, after: PublicPledgeText): FieldChange[] {
  return FIELDS.flatMap((field) => {
    const a = valueOf(before, field);
    const b = valueOf(after, field);
    return a === b ? [] : [{ field, before: a, after: b, parts: diffText(a, b) }];
  });
}
