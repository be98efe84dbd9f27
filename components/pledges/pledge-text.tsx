import { useTranslations } from "next-intl";

export type PledgeTextView = {
  action: string;
  quantity: string | null;
  unit: string | null;
  placeOrBeneficiaries: string;
  dueOn: string;
  responsiblePerson: string;
  verification: string;
  area: string;
};

/** The public words of a pledge as a definition list: what, how much, where, by when, who, how checked. */
export function PledgeText({ pledge }: { pledge: PledgeTextView }) {
  const t = useTranslations();
  const rows: [string, string][] = [
    [t("pledges.fields.area"), t(`problems.areas.${pledge.area}` as never)],
    [t("pledges.fields.action"), pledge.action],
    [t("pledges.fields.quantity"), pledge.quantity ? `${pledge.quantity} ${pledge.unit ?? ""}`.trim() : "—"],
    [t("pledges.fields.placeOrBeneficiaries"), pledge.placeOrBeneficiaries || "—"],
    [t("pledges.fields.dueOn"), pledge.dueOn],
    [t("pledges.fields.responsiblePerson"), pledge.responsiblePerson || "—"],
    [t("pledges.fields.verification"), pledge.verification || "—"],
  ];
  return (
    <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-sm font-medium text-ink-600">{label}</dt>
          <dd className="break-words text-ink-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
