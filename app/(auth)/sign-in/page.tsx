import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { FormAlert } from "@/components/ui/form-alert";
import { signInAction } from "@/lib/auth/actions";
import { getActor } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ signedOut?: string }> }) {
  if (await getActor()) redirect("/home");
  const t = await getTranslations("auth.signIn");
  const { signedOut } = await searchParams;
  return (
    <div className="mx-auto w-full max-w-sm px-4 py-10">
      <h1 className="text-2xl font-bold text-ink-900">{t("title")}</h1>
      <p className="mt-2 text-ink-600">{t("lead")}</p>
      {signedOut ? <FormAlert className="mt-4" label={t("signedOut")} tone="success" messages={[t("signedOut")]} /> : null}
      <div className="mt-6">
        <SignInForm action={signInAction} />
      </div>
    </div>
  );
}
