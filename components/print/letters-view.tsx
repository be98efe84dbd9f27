import Link from "next/link";
import { useTranslations } from "next-intl";
import type { PrintBoard, PrintLetter } from "@/lib/public/print";
import { printLettersPath } from "@/lib/public/print-paths";
import { LetterSheet } from "./letter-sheet";
import { PrintToolbar } from "./print-toolbar";

/**
 * The pledge letters of a board, one A4 sheet each. Above them, on screen only: how to print,
 * and links to print one pledger's letter alone.
 */
export function LettersView({ board, letters, qrSvg, all }: { board: PrintBoard; letters: PrintLetter[]; qrSvg: string; all: boolean }) {
  const t = useTranslations("print.letters");
  const tp = useTranslations("print.pledgers");
  const slug = board.village.slug;
  return (
    <>
      <PrintToolbar slug={slug} paper="A4">
        <h1 className="text-2xl font-bold">{t("heading", { village: board.village.name })}</h1>
        <p className="text-ink-700">{t("count", { count: letters.length })}</p>
        {all && letters.length > 1 ? (
          <nav aria-label={t("oneOnly")}>
            <p className="text-ink-700">{t("oneOnly")}</p>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {letters.map((letter) => (
                <li key={letter.pledger.key}>
                  <Link href={printLettersPath(slug, letter.pledger)} className="text-brand-700 underline">
                    {tp(letter.pledger.kind, { name: letter.pledger.name })}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {!all ? (
          <p>
            <Link href={printLettersPath(slug)} className="text-brand-700 underline">
              {t("all")}
            </Link>
          </p>
        ) : null}
      </PrintToolbar>
      {letters.length === 0 ? (
        <p className="mx-auto max-w-3xl px-2">{t("empty")}</p>
      ) : (
        letters.map((letter) => <LetterSheet key={letter.pledger.key} board={board} letter={letter} qrSvg={qrSvg} />)
      )}
    </>
  );
}
