// The weak-link lists (薄弱环节) the dashboard's numbers open, and what each row links to.

export const WEAK_KINDS = [
  "noFocus", "noPlan", "noBranchPledge", "membersWithout", "vague", "overdue", "dueSoon", "noEvaluation", "anomalies", "unsupported",
] as const;
export type WeakKind = (typeof WEAK_KINDS)[number];

export function parseWeakKind(value: string | undefined): WeakKind | null {
  return (WEAK_KINDS as readonly string[]).includes(value ?? "") ? (value as WeakKind) : null;
}

/** The kind of thing a list's rows are: a village, a member (of a village), a pledge or a focus problem. */
export const ROW_KIND: Record<WeakKind, "village" | "member" | "pledge" | "problem"> = {
  noFocus: "village",
  noPlan: "village",
  noBranchPledge: "village",
  noEvaluation: "village",
  membersWithout: "member",
  vague: "pledge",
  overdue: "pledge",
  dueSoon: "pledge",
  anomalies: "pledge",
  unsupported: "problem",
};

export const WEAK_PAGE_SIZE = 20;
