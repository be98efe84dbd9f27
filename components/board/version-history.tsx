import { useLocale, useTranslations } from "next-intl";
import { formatDate, formatDateTime } from "@/lib/format";
import type { PublicPledgeText, PublicPledgeVersion } from "@/lib/public/pledge";
import { changedFields, type DiffPart } from "@/lib/public/text-diff";

function Parts({ parts }: { parts: DiffPart[] }) {
  const t = useTranslations("publicBoard.history");
  return (
    <>
      {parts.map((part, index) =>
        part.kind === "same" ? (
          <span key={index}>{part.value}</span>
        ) : part.kind === "removed" ? (
          <del key={index} className="bg-brand-100 text-brand-900 decoration-2">
            <span className="sr-only">{t("removedMark")}</span>
            {part.value}
          </del>
        ) : (
          <ins key={index} className="bg-ok-50 font-semibold text-ok-700 no-underline">
            <span className="sr-only">{t("addedMark")}</span>
            {part.value}
          </ins>
        ),
      )}
    </>
  );
}

/**
 * Every earlier text of the pledge, with the reason it was changed and what changed: struck
 * through what was taken out, highlighted what was put in.
 */
export function VersionHistory({ versions, current, currentVersion }: { versions: PublicPledgeVersion[]; current: PublicPledgeText; currentVersion: number }) {
  const t = useTranslations("publicBoard.history");
  const tf = useTranslations("publicBoard.fields");
  const ta = useTranslations("problems.areas");
  const locale = useLocale();
  if (versions.length === 0) return <p className="text-ink-700">{t("noVersions")}</p>;
  const shown = (field: string, value: string) =>
    field === "area" && value ? (ta.has(value as never) ? ta(value as never) : value) : field === "dueOn" && value ? formatDate(`${value}T12:00:00+08:00`, locale) : value;
  return (
    <ol className="flex flex-col gap-3">
      {versions
        .map((version, index) => ({ version, next: versions[index + 1]?.text ?? current, nextNumber: versions[index + 1]?.textVersion ?? currentVersion }))
        .reverse()
        .map(({ version, next, nextNumber }) => {
          const changes = changedFields(version.text, next);
          return (
            <li key={version.textVersion} className="rounded-lg border border-ink-200 bg-surface p-3 sm:p-4">
              <h3 className="font-semibold">{t("change", { from: version.textVersion, to: nextNumber })}</h3>
              <p className="text-sm text-ink-600">
                <time dateTime={version.replacedAt}>{formatDateTime(version.replacedAt, locale)}</time>
              </p>
              <p className="mt-1 text-sm">
                <strong>{t("reason")}</strong>
                {version.reason}
              </p>
              {changes.length === 0 ? (
                <p className="mt-1 text-sm text-ink-600">{t("noTextChange")}</p>
              ) : (
                <dl className="mt-2 flex flex-col gap-1.5 text-sm">
                  {changes.map((change) => (
                    <div key={change.field}>
                      <dt className="text-ink-600">{tf(change.field)}</dt>
                      <dd>
                        {change.field === "area" || change.field === "dueOn" ? (
                          <>
                            <del className="bg-brand-100 text-brand-900">
                              <span className="sr-only">{t("removedMark")}</span>
                              {shown(change.field, change.before)}
                            </del>{" "}
                            →{" "}
                            <ins className="bg-ok-50 font-semibold text-ok-700 no-underline">
                              <span className="sr-only">{t("addedMark")}</span>
                              {shown(change.field, change.after)}
                            </ins>
                          </>
                        ) : (
                          <Parts parts={change.parts} />
                        )}
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer text-brand-800 underline">{t("fullText", { n: version.textVersion })}</summary>
                <p className="mt-1 whitespace-pre-line text-ink-700">
                  {[version.text.action, version.text.quantity ? `${version.text.quantity}${version.text.unit ?? ""}` : "", version.text.placeOrBeneficiaries, shown("dueOn", version.text.dueOn), version.text.responsiblePerson, version.text.verification]
                    .filter(Boolean)
                    .join("\n")}
                </p>
              </details>
            </li>
          );
        })}
    </ol>
  );
}
