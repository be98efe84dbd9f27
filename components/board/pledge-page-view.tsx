import { useLocale, useTranslations } from "next-intl";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format";
import { boardPath } from "@/lib/public/fields";
import { currentTextOf, type PublicPledgePage } from "@/lib/public/pledge";
import { EvaluationResult } from "./evaluation-result";
import { EventHistory } from "./event-history";
import { PlaceTrail } from "./place-trail";
import { Explanation, PledgeFacts, PledgeMeta } from "./pledge-card";
import { usePledgerLabel } from "./pledger-name";
import { Photos } from "./photos";
import { VersionHistory } from "./version-history";

/** One pledge in full: the current text, every earlier text with its diff, progress, history and chain head. */
export function PledgePageView({ page }: { page: PublicPledgePage }) {
  const t = useTranslations("publicBoard.pledgePage");
  const locale = useLocale();
  const pledgerLabel = usePledgerLabel();
  const { pledge, village } = page;
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-5 sm:px-6">
      <div className="flex flex-col gap-2">
        <PlaceTrail
          steps={[{ label: village.county }, { label: village.township }, { label: village.name, href: boardPath(village.slug) }, { label: t("trailPledge") }]}
        />
        <PageHeader
          className="pb-0"
          eyebrow={t("eyebrow", { pledger: pledgerLabel(pledge.pledger), village: village.name })}
          title={pledge.action}
        />
        <PledgeMeta pledge={pledge} />
      </div>

      <section aria-labelledby="current-title" className="flex flex-col gap-2">
        <h2 id="current-title" className="text-xl font-bold">
          {t("current", { n: pledge.textVersion })}
        </h2>
        <PledgeFacts pledge={pledge} />
        <Explanation pledge={pledge} />
        <EvaluationResult evaluation={pledge.evaluation} assessment={pledge.assessment} />
      </section>

      <section aria-labelledby="progress-title" className="flex flex-col gap-2">
        <h2 id="progress-title" className="text-xl font-bold">
          {t("progress", { count: page.progress.length })}
        </h2>
        {page.progress.length === 0 ? (
          <p className="text-ink-700">{t("noProgress")}</p>
        ) : (
          <ol className="flex flex-col gap-3">
            {page.progress.map((update) => (
              <li key={update.at} className="flex flex-col gap-1.5 rounded-lg border border-ink-200 bg-surface p-3 text-sm">
                <time dateTime={update.at} className="text-ink-600">
                  {formatDateTime(update.at, locale)}
                </time>
                <p className="whitespace-pre-line">{update.body}</p>
                <Photos photos={update.photos} size={160} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="versions-title" className="flex flex-col gap-2">
        <h2 id="versions-title" className="text-xl font-bold">
          {t("versions")}
        </h2>
        <VersionHistory versions={page.versions} current={currentTextOf(pledge)} currentVersion={pledge.textVersion} />
      </section>

      <section aria-labelledby="history-title" className="flex flex-col gap-2">
        <h2 id="history-title" className="text-xl font-bold">
          {t("history")}
        </h2>
        <EventHistory events={page.events} />
        <div className="rounded-lg bg-ink-50 p-3 text-sm">
          <p>
            {t("chainHead")}
            <code className="font-mono text-base font-bold">{pledge.chainHead ?? "—"}</code>
          </p>
          <p className="text-ink-700">{t("chainExplain", { count: page.chainLength, public: page.events.length })}</p>
          {page.chainHeadFull ? (
            <p className="text-xs break-all text-ink-600">
              {t("fullHash")}
              <code className="font-mono">{page.chainHeadFull}</code>
            </p>
          ) : null}
        </div>
      </section>

      <p>
        <a href={boardPath(village.slug)} className="inline-flex min-h-tap items-center font-medium text-brand-800 underline">
          {t("backToBoard", { village: village.name })}
        </a>
      </p>
    </div>
  );
}
