import { beforeAll, describe, expect, it } from "vitest";
import { resetAccountPassword, setAccountActive } from "@/lib/accounts/mutations";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { actorForSession } from "@/lib/session";
import { createOrgTree, createUser, type OrgTree } from "@/tests/factories";
import { actorFor } from "./helpers";

// A session token names an account and the session version it was issued under; every request
// checks both (lib/session.ts). Disabling the account or changing its password ends every open
// session at once, and nothing else does.

let tree: OrgTree;
let organiser: Actor;

beforeAll(async () => {
  tree = await createOrgTree(db);
  organiser = await actorFor(tree.users.countyOrganiser.id);
});

async function sessionOfNewSecretary() {
  const user = await createUser(db, { role: "VILLAGE_SECRETARY", villageId: tree.village.id });
  return { user, token: { uid: user.id, sv: user.sessionVersion } };
}

describe("open sessions", () => {
  it("stand for their account while nothing changed", async () => {
    const { user, token } = await sessionOfNewSecretary();
    expect(await actorForSession(token)).toMatchObject({ userId: user.id, villageId: tree.village.id });
    expect(await actorForSession(null)).toBeNull();
    expect(await actorForSession({ uid: "no-such-user", sv: 1 })).toBeNull();
  });

  it("end when the account is disabled, and stay ended when it is enabled again", async () => {
    const { user, token } = await sessionOfNewSecretary();
    await setAccountActive(organiser, { id: user.id, isActive: false });
    expect(await actorForSession(token)).toBeNull();
    await setAccountActive(organiser, { id: user.id, isActive: true });
    expect(await actorForSession(token)).toBeNull();
    // A new sign-in gets a session under the new version.
    const now = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await actorForSession({ uid: user.id, sv: now.sessionVersion })).toMatchObject({ userId: user.id });
  });

  it("end when the password is changed", async () => {
    const { user, token } = await sessionOfNewSecretary();
    await resetAccountPassword(organiser, { id: user.id, password: "Another-Passw0rd-2026" });
    expect(await actorForSession(token)).toBeNull();
  });

  it("of other accounts are untouched", async () => {
    const bystander = await sessionOfNewSecretary();
    const { user } = await sessionOfNewSecretary();
    await setAccountActive(organiser, { id: user.id, isActive: false });
    expect(await actorForSession(bystander.token)).toMatchObject({ userId: bystander.user.id });
  });
});
