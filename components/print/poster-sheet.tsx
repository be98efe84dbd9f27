import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/format";
import type { PrintBoard, PrintPledge } from "@/lib/public/print";
import type { PublicPledger } from "@/lib/public/board";
import { QrImage } from "./qr-image";

type Group = PublicPledger & { pledges: PrintPledge[] };

const DENSE_FROM = 20;

/**
 * The A3 poster for the village's physical notice board: every published pledge, grouped by who
 * pledged, the board's QR code and short code, the day it was printed and the board head, so a
 * villager can tell whether the paper is still up to date.
 */
export function PosterSheet({ board, groups, qrSvg }: { board: PrintBoard; groups: Group[]; qrSvg: string }) {
  const t = useTranslations("print");
  const locale = useLocale();
  const day = (iso: string) => formatDate(iso, locale, "UTC");
  const { village, campaign } = board;
  // A board with many pledges is set tighter, so that up to about forty still fit one A3 sheet.
  const dense = board.counts.total > DENSE_FROM;

  return (
    <article className={dense ? "print-sheet print-poster print-poster-dense" : "print-sheet print-poster"}>
      <header className="print-poster-head">
        <div>
          <p className="print-poster-sub">
            {village.county.name} · {village.township.name}
          </p>
          <h1>{t("poster.title", { village: village.name })}</h1>
          <p className="print-poster-sub">
            {village.branchName}
            {campaign ? ` · ${t("poster.campaign", { campaign: campaign.name, start: day(campaign.startsOn), end: day(campaign.endsOn) })}` : ""}
          </p>
          <p className="print-poster-sub">{t("poster.summary", { total: board.counts.total })}</p>
        </div>
        <figure className="print-poster-qr">
          <QrImage svg={qrSvg} />
          <figcaption>
            <span className="print-code">{board.link.code}</span>
            {t("poster.qrCaption")}
            <br />
            {t("poster.qrOr", { url: board.link.url })}
          </figcaption>
        </figure>
      </header>

      {groups.length === 0 ? (
        <p>{t("poster.empty")}</p>
      ) : (
        <div className="print-poster-table-wrap" role="region" aria-label={t("poster.tableCaption", { village: village.name })} tabIndex={0}>
          <table className="print-poster-table">
            <caption>{t("poster.tableCaption", { village: village.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("fields.pledger")}</th>
                <th scope="col">{t("fields.content")}</th>
                <th scope="col">{t("fields.place")}</th>
                <th scope="col">{t("fields.due")}</th>
                <th scope="col">{t("fields.responsible")}</th>
                <th scope="col">{t("fields.status")}</th>
                <th scope="col">{t("fields.code")}</th>
              </tr>
            </thead>
            {groups.map((group) => (
              <tbody key={group.key}>
                {group.pledges.map((pledge, index) => (
                  <tr key={pledge.id}>
                    {index === 0 ? (
                      <th scope="rowgroup" rowSpan={group.pledges.length} className="print-nowrap">
                        {t(`pledgers.${group.kind}`, { name: group.name })}
                      </th>
                    ) : null}
                    <td>
                      {pledge.action}
                      {pledge.explanation ? (
                        <span className="print-poster-note">
                          {pledge.status === "WITHDRAWN"
                            ? t("poster.withdrawn", { text: pledge.explanation })
                            : t("poster.explanation", { text: pledge.explanation })}
                        </span>
                      ) : null}
                    </td>
                    <td className="print-poster-place">{pledge.placeOrBeneficiaries}</td>
                    <td className="print-nowrap">{day(pledge.dueOn)}</td>
                    <td>{pledge.responsiblePerson}</td>
                    <td className="print-nowrap">
                      {t(`statuses.${pledge.status as PrintableStatus}`)}
                      {pledge.overdue && pledge.daysLeft !== null ? (
                        <span className="print-poster-note">{t("poster.overdue", { days: -pledge.daysLeft })}</span>
                      ) : null}
                    </td>
                    <td className="print-code print-nowrap">{pledge.code}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}

      <footer className="print-poster-foot print-avoid-break">
        <strong>{t("printedOn", { date: day(board.printedOn) })}</strong>
        <strong>{board.boardHead ? t("poster.boardHead", { hash: board.boardHead }) : t("poster.boardHeadNone")}</strong>
        <span>{t("poster.howToCheck")}</span>
      </footer>
    </article>
  );
}

type PrintableStatus = "PUBLISHED" | "IN_PROGRESS" | "DONE" | "PARTLY_DONE" | "NOT_DONE" | "WITHDRAWN";
