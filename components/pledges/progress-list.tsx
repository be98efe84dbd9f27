import { useFormatter, useTranslations } from "next-intl";
import { evidenceUrl } from "@/lib/public/fields";

type Progress = {
  id: string;
  body: string;
  createdAt: Date;
  files: { id: string; storageKey: string; width: number | null; height: number | null }[];
};

/** Progress updates, oldest first, each with its photos (served as the public board serves them). */
export function PledgeProgressList({ progress }: { progress: readonly Progress[] }) {
  const t = useTranslations("pledges");
  const format = useFormatter();
  if (progress.length === 0) return <p className="text-ink-600">{t("progressEmpty")}</p>;
  let n = 0;
  return (
    <ol className="flex flex-col gap-3">
      {progress.map((update) => (
        <li key={update.id} className="rounded-md border border-ink-200 p-3">
          <p className="text-sm text-ink-600">{format.dateTime(update.createdAt, { dateStyle: "medium", timeStyle: "short" })}</p>
          <p className="break-words whitespace-pre-line text-ink-900">{update.body}</p>
          {update.files.length > 0 ? (
            <ul className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3">
              {update.files.map((file) => (
                <li key={file.id}>
                  <a href={evidenceUrl(file.storageKey)}>
                    {/* Already resized on upload; no image optimiser in between. */}
                    {/* eslint-disable-next-line @next/next/no-img-element */}
                    <img
                      src={evidenceUrl(file.storageKey)}
                      alt={t("photoAlt", { n: ++n })}
                      width={file.width ?? undefined}
                      height={file.height ?? undefined}
                      loading="lazy"
                      className="aspect-[4/3] w-full rounded object-cover"
                    />
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
