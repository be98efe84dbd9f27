// The public words of a pledge as one JSON value: the CREATED and EDITED payloads, the text an
// amendment keeps in PledgeVersion, and its before/after. The same shape the demo seed writes
// (tests/factories/pledges.ts, pledgeText), so every chain reads alike.

type Decimalish = { toString(): string };

export type PledgeTextRow = {
  pledgerKind: string;
  memberId: string | null;
  pledgerTownshipId: string | null;
  departmentId: string | null;
  problemId: string | null;
  area: string;
  action: string;
  quantity: Decimalish | null;
  unit: string | null;
  placeOrBeneficiaries: string;
  dueOn: Date;
  responsiblePerson: string;
  verification: string;
};

export function publicText(pledge: PledgeTextRow) {
  return {
    pledgerKind: pledge.pledgerKind,
    memberId: pledge.memberId,
    pledgerTownshipId: pledge.pledgerTownshipId,
    departmentId: pledge.departmentId,
    problemId: pledge.problemId,
    area: pledge.area,
    action: pledge.action,
    quantity: pledge.quantity === null ? null : pledge.quantity.toString(),
    unit: pledge.unit,
    placeOrBeneficiaries: pledge.placeOrBeneficiaries,
    dueOn: pledge.dueOn.toISOString().slice(0, 10),
    responsiblePerson: pledge.responsiblePerson,
    verification: pledge.verification,
  };
}

/** The fields of a pledge that publicText reads. */
export const PUBLIC_TEXT_FIELDS = {
  pledgerKind: true, memberId: true, pledgerTownshipId: true, departmentId: true, problemId: true, area: true, action: true,
  quantity: true, unit: true, placeOrBeneficiaries: true, dueOn: true, responsiblePerson: true, verification: true,
} as const;
