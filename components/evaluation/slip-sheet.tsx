"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/format";

export type SheetSlip = { code: string; url: string; qrSvg: string };

// A4 at 10 mm margins holds two columns of five slips (10 a page), each 95 × 55 mm with the QR
// code (30 mm) beside the code in large type. Printing shows the sheet alone: everything else of
// the page (the shell's bars included) is hidden and the sheet is laid over the page from its top
// left corner, so the secretary prints straight from this page on any browser.
const PRINT_CSS = `
@media print {
  @page { size: A4; margin: 10mm; }
  body:has([data-slip-sheet]) { visibility: hidden; background: #fff; }
  [data-slip-sheet] { visibility: visible; position: absolute; left: 0; top: 0; width: 190mm; margin: 0;
    display: grid !important; grid-template-columns: 95mm 95mm; gap: 0 !important; }
  [data-slip-sheet] > li { box-sizing: border-box; height: 55mm; padding: 3mm !important; overflow: hidden;
    display: grid !important; grid-template-columns: 30mm 1fr; gap: 3mm !important; align-items: start !important;
    break-inside: avoid; page-break-inside: avoid; }
  [data-slip-sheet] [data-slip-qr] { width: 30mm !important; height: 30mm !important; }
  [data-slip-sheet] [data-slip-text] { line-height: 1.35 !important; gap: 0.8mm !important; }
  [data-slip-sheet] [data-slip-text] > * { font-size: 7.5pt !important; }
  [data-slip-sheet] [data-slip-text] > [data-slip-code] { font-size: 15pt !important; white-space: nowrap; letter-spacing: 0.5pt !important; }
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
              data-slip-qr=""
              className="size-28 shrink-0 [&>svg]:size-full"
              dangerouslySetInnerHTML={{ __html: slip.qrSvg }}
            />
            <div data-slip-text="" className="flex min-w-0 flex-col gap-1 text-sm leading-snug">
              <p className="font-semibold">{t("heading", { village })}</p>
              <p className="text-xs text-ink-700">{t("group", { group })}</p>
              <p data-slip-code="" className="font-mono text-xl font-bold tracking-wider break-all">
                {slip.code}
              </p>
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
