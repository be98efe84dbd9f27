import { useLocale, useTranslations } from "next-intl";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import type { PublicBoard } from "@/lib/public/board";
import { boardPath } from "@/lib/public/fields";
import { ALL, filterGroups, isFiltered, type BoardFilter } from "@/lib/public/filter";
import { BoardFilterForm } from "./board-filter";
import { FocusProblems } from "./focus-problems";
import { PlaceTrail } from "./place-trail";
import { PledgeCard } from "./pledge-card";
import { usePledgerLabel } from "./pledger-name";

const SUMMARY_STATUSES = ["PUBLISHED", "IN_PROGRESS", "DONE", "PARTLY_DONE", "NOT_DONE", "WITHDRAWN"] as const;

/** The village board (公开栏): the branch, its focus problems and plans, every published pledge by pledger. */
export function BoardView({ board, filter }: { board: PublicBoard; filter: BoardFilter }) {
  const t = useTranslations("publicBoard");
  const ts = useTranslations("publicBoard.statuses");
  const locale = useLocale();
  const pledgerLabel = usePledgerLabel();
  const { village } = board;
  const filtered = isFiltered(filter);
  const groups = filterGroups(board, filter);
  const shown = groups.reduce((sum, group) => sum + group.pledges.length, 0);

  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-5 sm:px-6">
      <div className="flex flex-col gap-2">
        <PlaceTrail
          steps={[
            { label: t("directory"), href: "/#boards" },
            { label: village.county.name, href: `/?county=${village.county.id}#boards` },
            { label: village.township.name, href: `/?township=${village.township.id}#boards` },
            { label: village.name },
          ]}
        />
        <PageHeader
          className="pb-0"
          eyebrow={t("eyebrow", { prefecture: village.prefecture.name, county: village.county.name, township: village.township.name })}
          title={t("title", { branch: village.branchName })}
          description={
            board.campaign
              ? t("campaign", {
                  name: board.campaign.name,
                  from: formatDate(`${board.campaign.startsOn}T12:00:00+08:00`, locale),
                  to: formatDate(`${board.campaign.endsOn}T12:00:00+08:00`, locale),
                })
              : undefined
          }
        />
        <p className="text-sm text-ink-700">
          {t("households", { households: village.households })}
          {village.isPastoral ? ` · ${t("pastoral")}` : ""}
        </p>
      </div>

      <section aria-labelledby="summary-title" className="flex flex-col gap-2 rounded-lg bg-brand-50 p-3 sm:p-4">
        <h2 id="summary-title" className="font-bold">
          {t("summary.heading", { total: board.counts.total })}
        </h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {SUMMARY_STATUSES.filter((status) => board.counts[status]).map((status) => (
            <li key={status}>
              {ts(status)} <strong>{board.counts[status]}</strong>
            </li>
          ))}
          {board.counts.needsExplanation > 0 ? (
            <li className="font-semibold text-brand-800">
              {t("summary.overdue")} <strong>{board.counts.needsExplanation}</strong>
            </li>
          ) : null}
        </ul>
        <p className="text-sm text-ink-700">
          {t("summary.asOf", { date: formatDate(`${board.asOf}T12:00:00+08:00`, locale) })}
          {board.boardHead ? (
            <>
              {" · "}
              {t("summary.head")}
              <code className="font-mono font-semibold">{board.boardHead}</code>
            </>
          ) : null}
        </p>
        <p className="flex flex-wrap gap-x-4 text-sm">
          <a className="inline-flex min-h-tap items-center font-medium text-brand-800 underline" href={`${boardPath(village.slug)}/opinion`}>
            {t("links.opinion")}
          </a>
          <a className="inline-flex min-h-tap items-center font-medium text-brand-800 underline" href={`${boardPath(village.slug)}/print/poster`}>
            {t("links.printPoster")}
          </a>
          <a className="inline-flex min-h-tap items-center font-medium text-brand-800 underline" href={`${boardPath(village.slug)}/print/letters`}>
            {t("links.printLetters")}
          </a>
        </p>
      </section>

      {filtered ? null : <FocusProblems problems={board.focusProblems} />}

      <section aria-labelledby="pledges-title" className="flex flex-col gap-4">
        <h2 id="pledges-title" className="text-xl font-bold">
          {t("pledgesHeading")}
        </h2>
        {board.counts.total > 0 ? <BoardFilterForm slug={village.slug} groups={board.groups} filter={filter} /> : null}
        {filtered ? (
          <p className="text-sm" role="status">
            {t("filter.showing", {
              shown,
              total: board.counts.total,
              status: filter.status === ALL ? t("filter.allStatuses") : filter.status === "overdue" ? t("filter.overdue") : ts(filter.status),
              pledger: filter.pledger === ALL ? t("filter.allPledgers") : pledgerLabel(board.groups.find((g) => g.key === filter.pledger) ?? { kind: "BRANCH", name: "—" }),
            })}{" "}
            <a href={boardPath(village.slug)} className="font-medium text-brand-800 underline">
              {t("filter.clear")}
            </a>
          </p>
        ) : null}
        {groups.length === 0 ? (
          <p className="rounded-lg border border-dashed border-ink-300 bg-surface px-4 py-6 text-center text-ink-700">
            {filtered ? t("filter.none") : t("noPledges")}
          </p>
        ) : (
          groups.map((group) => (
            <section key={group.key} aria-labelledby={`g-${group.key}`} className="flex flex-col gap-2">
              <h3 id={`g-${group.key}`} className="border-b-2 border-brand-700 pb-1 text-lg font-bold">
                {pledgerLabel(group)}
                <span className="ml-2 text-sm font-normal text-ink-600">{t("groupCount", { count: group.pledges.length })}</span>
              </h3>
              <ol className="b-list">
                {group.pledges.map((pledge) => (
                  <li key={pledge.id}>
                    <PledgeCard pledge={pledge} slug={village.slug} />
                  </li>
                ))}
              </ol>
            </section>
          ))
        )}
      </section>

      <section aria-labelledby="data-title" className="flex flex-col gap-1 border-t border-ink-200 pt-4 text-sm text-ink-700">
        <h2 id="data-title" className="font-semibold text-ink-900">
          {t("openData.heading")}
        </h2>
        <p>{t("openData.body")}</p>
        <p className="flex gap-4">
          <a className="inline-flex min-h-tap items-center font-medium text-brand-800 underline" href={`${boardPath(village.slug)}/board.json`}>
            JSON
          </a>
          <a className="inline-flex min-h-tap items-center font-medium text-brand-800 underline" href={`${boardPath(village.slug)}/board.csv`}>
            CSV
          </a>
        </p>
      </section>
    </div>
  );
}
