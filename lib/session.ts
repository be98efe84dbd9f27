import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import { authOptions, SESSION_MAX_AGE_SECONDS } from "@/lib/auth";
import { authSecret } from "@/lib/env";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * The signed-in actor, or null. The session token is checked against the account on every
 * request, so disabling an account or changing its password ends its sessions at once.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions())) as { uid?: string; sv?: number } | null;
  return actorForSession(session);
});

/** The actor a session token stands for: none once the account is disabled or its session version moved on (password changed). */
export async function actorForSession(session: { uid?: string; sv?: number } | null): Promise<Actor | null> {
  if (!session?.uid) return null;
  const user = await db.user.findUnique({
    where: { id: session.uid },
    select: {
      id: true, name: true, role: true, isActive: true, sessionVersion: true,
      prefectureId: true, countyId: true, townshipId: true, villageId: true, departmentId: true,
    },
  });
  if (!user || !user.isActive || user.sessionVersion !== session.sv) return null;
  const { id, isActive: _active, sessionVersion: _version, ...place } = user;
  return { userId: id, ...place };
}

/** For pages: the actor, or a redirect to sign-in. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}

/** For server actions: the actor, or an UNAUTHENTICATED error the form can show. */
export async function actorOrThrow(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}

function sessionCookieName() {
  // next-auth's own names: the __Secure- prefix (and the Secure flag) when served over HTTPS.
  return process.env.NEXTAUTH_URL?.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * Starts a next-auth session from a server action (so sign-in works without JavaScript and
 * keeps what was typed on failure): the same JWT and cookie next-auth itself would issue.
 */
export async function startSession(user: { id: string; sessionVersion: number }) {
  const token = await encode({
    token: { sub: user.id, uid: user.id, sv: user.sessionVersion },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  const name = sessionCookieName();
  (await cookies()).set(name, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: name.startsWith("__Secure-"),
    path: "/",
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

export async function endSession() {
  (await cookies()).delete(sessionCookieName());
}
