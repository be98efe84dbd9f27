import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { resolveShortCode } from "@/lib/qr/queries";
import { decodeShortCode } from "@/lib/qr/short-code";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("qr.enter");
  return { title: t("title") };
}

/**
 * Type the short code printed beside a QR code: a plain GET form, no JavaScript needed. A code
 * that opens something goes straight there; otherwise the form says what is wrong.
 */
export default async function EnterShortCodePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [t, query] = await Promise.all([getTranslations("qr.enter"), searchParams]);
  const typed = typeof query.code === "string" ? query.code.slice(0, 40) : "";
  const wellFormed = typed !== "" && decodeShortCode(typed) !== null;
  const path = wellFormed ? await resolveShortCode(typed) : null;
  if (path) redirect(path);
  const error = typed.trim() === "" ? null : wellFormed ? t("unknown") : t("invalid");

  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-4 px-4 py-6 sm:px-6">
      <PageHeader title={t("title")} description={t("lead")} />
      <form method="get" action="/b" className="flex flex-col gap-4">
        <Field label={t("label")} hint={t("hint")} errors={error ? [error] : undefined}>
          {(control) => (
            <Input
              {...control}
              name="code"
              defaultValue={typed}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={20}
              className="font-mono text-lg tracking-widest uppercase"
            />
          )}
        </Field>
        <Button type="submit">{t("submit")}</Button>
      </form>
    </div>
  );
}
