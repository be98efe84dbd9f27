import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/format";
import type { PrintBoard, PrintLetter } from "@/lib/public/print";
import { PledgeFields } from "./pledge-fields";
import { QrImage } from "./qr-image";

/**
 * One pledge letter (承诺书) on one A4 sheet: who pledges, each pledge in full, and lines to sign
 * and date by hand. A pledge never breaks across pages; each letter starts on a new page.
 */
export function LetterSheet({ board, letter, qrSvg }: { board: PrintBoard; letter: PrintLetter; qrSvg: string }) {
  const t = useTranslations("print.letters");
  const locale = useLocale();
  const { village } = board;
  const isBranch = letter.pledger.kind === "BRANCH";
  const pledgerLine = isBranch ? village.branchName : t("memberLine", { name: letter.pledger.name });

  return (
    <article className="print-sheet print-letter" aria-label={`${t("title")} · ${pledgerLine}`}>
      <p className="print-letter-place">
        {village.county.name} · {village.township.name} · {village.name}
      </p>
      <h2>{t("title")}</h2>
      <p className="print-letter-pledger">{pledgerLine}</p>
      <p className="print-letter-intro">
        {isBranch
          ? t("branchIntro", { branch: village.branchName })
          : t("memberIntro", { branch: village.branchName, name: letter.pledger.name })}
      </p>
      <ol className="print-letter-pledges">
        {letter.pledges.map((pledge, index) => (
          <li key={pledge.id} className="print-letter-pledge print-avoid-break">
            <h3>
              {index + 1}. {pledge.action}
            </h3>
            <PledgeFields pledge={pledge} />
          </li>
        ))}
      </ol>
      <div className="print-signature print-avoid-break">
        <p>
          <span>{isBranch ? t("signBranch") : t("signMember")}：</span>
          <span className="print-blank" />
        </p>
        <p>
          {t.rich("dateLine", {
            y: () => <span className="print-blank-short" />,
            m: () => <span className="print-blank-short" />,
            d: () => <span className="print-blank-short" />,
          })}
        </p>
        {isBranch ? (
          <p>
            <span>{t("seal")}：</span>
            <span className="print-blank" />
          </p>
        ) : null}
      </div>
      <footer className="print-letter-footer print-avoid-break">
        <QrImage svg={qrSvg} />
        <p>{t("footer", { url: board.link.url, code: board.link.code, date: formatDate(board.printedOn, locale, "UTC") })}</p>
      </footer>
    </article>
  );
}
