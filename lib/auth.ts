import "server-only";
import NextAuth, { type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { authenticate } from "@/lib/auth/sign-in";
import { clientAddress } from "@/lib/request-address";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

// next-auth is imported here and in lib/session.ts only, so replacing it stays a small change.
export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "phone",
        credentials: { phone: { type: "tel" }, password: { type: "password" } },
        async authorize(credentials, request) {
          try {
            const user = await authenticate(credentials, clientAddress(request.headers ?? {}));
            return { id: user.id, sessionVersion: user.sessionVersion };
          } catch (error) {
            // The message becomes ?error= on the sign-in page; only our own codes go there.
            if (isAppError(error)) throw new Error(error.message);
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 1;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, uid: token.uid, sv: token.sv };
      },
    },
    logger: {
      // next-auth logs credentials errors with their stack; our codes are expected outcomes.
      error: (code, metadata) => {
        if (code !== "CREDENTIALS_SIGNIN_ERROR") console.error("[auth]", code, metadata instanceof Error ? metadata.message : "");
      },
      warn: () => {},
      debug: () => {},
    },
  };
}

/** The /api/auth/* route handler; built per request so the secret is read at run time. */
export function authRouteHandler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(request, context);
}
