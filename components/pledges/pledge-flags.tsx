import { useTranslations } from "next-intl";
import { checkVagueness, FLAG_CODES, type FlagCode, type OtherPledge, type PledgeText } from "@/lib/pledges/vagueness";

/**
 * The vagueness hints of a stored pledge, each with its suggestion. `storedCodes` are the flags
 * the server recorded on save (they include near-copies of pledges the reader may not see);
 * a stored flag with no fresh suggestion is still named.
 */
export function PledgeFlags({ pledge, storedCodes, otherPledges = [], lead }: { pledge: PledgeText; storedCodes?: readonly string[]; otherPledges?: readonly OtherPledge[]; lead?: string }) {
  const t = useTranslations("pledges");
  const flags = checkVagueness(pledge, { otherPledges });
  const named = new Set(flags.map((flag) => flag.code));
  const onlyStored = (storedCodes ?? []).filter((code): code is FlagCode => (FLAG_CODES as readonly string[]).includes(code) && !named.has(code as FlagCode));
  if (flags.length === 0 && onlyStored.length === 0) return <p className="text-ok-700">{t("noFlags")}</p>;
  return (
    <div className="flex flex-col gap-2">
      {lead ? <p className="text-ink-700">{lead}</p> : null}
      <ul className="flex flex-col gap-2" aria-label={t("flagsTitle")}>
        {flags.map((flag) => (
          <li key={`${flag.code}-${flag.phrase ?? ""}`} className="rounded-md border border-warn-700/30 bg-warn-50 px-3 py-2 text-warn-700">
            <strong className="mr-1">{t(`flagCodes.${flag.code}`)}：</strong>
            {flag.suggestion}
          </li>
        ))}
        {onlyStored.map((code) => (
          <li key={code} className="rounded-md border border-warn-700/30 bg-warn-50 px-3 py-2 text-warn-700">
            <strong>{t(`flagCodes.${code}`)}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
