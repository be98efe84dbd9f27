import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { formatDate } from "@/lib/format";
import type { PrintPledge } from "@/lib/public/print";

/** The text of one pledge, as printed on its letter: every public field, labelled, two to a row where short. */
export function PledgeFields({ pledge }: { pledge: PrintPledge }) {
  const t = useTranslations("print.fields");
  const locale = useLocale();
  const pair = (label: string, value: ReactNode, className?: string) => (
    <div className={className}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <dl className="print-fields">
      {pair(t("due"), formatDate(pledge.dueOn, locale, "UTC"))}
      {pledge.quantity !== null ? pair(t("quantity"), `${pledge.quantity}${pledge.unit ? ` ${pledge.unit}` : ""}`) : null}
      {pair(t("place"), pledge.placeOrBeneficiaries, "print-fields-wide")}
      {pair(t("responsible"), pledge.responsiblePerson)}
      {pledge.code ? pair(t("code"), <span className="print-code">{pledge.code}</span>) : null}
      {pair(t("verification"), pledge.verification, "print-fields-wide")}
    </dl>
  );
}
