"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/format";

export type SheetSlip = { code: string; url: string; qrSvg: string };

// A4 at 10 mm margins holds two columns of five slips (10 a page); each slip keeps together.
// Printing hides everything of the page but the sheet (the shell's bars included), so the
// secretary prints straight from this page on any browser.
const PRINT_CSS = `
@media print {
  @page { size: A4; margin: 10mm; }
  body:has([data-slip-sheet]) :is(header, aside, nav, footer) { display: none !important; }
  body:has([data-slip-sheet]) main { padding: 0 !important; }
  [data-slip-sheet] { display: grid !important; grid-template-columns: 1fr 1fr; gap: 0; }
  [data-slip-sheet] > li { height: 55mm; break-inside: avoid; page-break-inside: avoid; }
}`;

/** The slips of one batch: village, code in large type, its QR code, and how to vote. */
export function SlipSheet({ slips, village, group, closesAt }: { slips: SheetSlip[]; village: string; group: string; closesAt: string }) {
  const t = useTranslations("evaluation.slip");
  const locale = useLocale();
  const host = slips[0] ? new URL(slips[0].url).host : "";
  return (
    <>
      <style>{PRINT_CSS}</style>
      <ol data-slip-sheet="" aria-label={t("sheetLabel", { count: slips.length })} className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {slips.map((slip, index) => (
          <li key={slip.code} className="flex items-center gap-3 border border-dashed border-ink-400 bg-white p-3 text-ink-900">
            <div
              role="img"
              aria-label={t("qrLabel", { code: slip.code })}
              className="size-28 shrink-0 [&>svg]:size-full"
              dangerouslySetInnerHTML={{ __html: slip.qrSvg }}
            />
            <div className="flex min-w-0 flex-col gap-1 text-sm leading-snug">
              <p className="font-semibold">{t("heading", { village })}</p>
              <p className="text-xs text-ink-700">{t("group", { group })}</p>
              <p className="font-mono text-xl font-bold tracking-wider break-all">{slip.code}</p>
              <p className="text-xs">{t("howTo", { host })}</p>
              <p className="text-xs">{t("until", { date: formatDateTime(closesAt, locale) })}</p>
              <p className="text-xs text-ink-600">
                {t("once")} · {t("number", { n: index + 1, count: slips.length })}
              </p>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
