import { beforeAll, describe, expect, it } from "vitest";
import { authenticate, SIGN_IN_LIMITS } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { createUser, TEST_PASSWORD, uniquePhone } from "@/tests/factories";
import { outcomeOf } from "./helpers";

// Each test uses its own accounts and addresses, so the counters of one never reach another.
let addressCount = 0;
const freshAddress = () => `198.51.100.${++addressCount}`;
const freshUser = (overrides: Parameters<typeof createUser>[1] = {}) => createUser(db, { role: "VILLAGE_SECRETARY", ...overrides });

const INVALID_CREDENTIALS = { code: "INVALID", message: "INVALID_CREDENTIALS", field: undefined };
const RATE_LIMITED = { code: "RATE_LIMITED", message: "RATE_LIMITED", field: undefined };

describe("authenticate", () => {
  beforeAll(() => {
    expect(SIGN_IN_LIMITS.perAccount.points).toBe(5);
    expect(SIGN_IN_LIMITS.perAddress.points).toBe(20);
  });

  it("signs in with the right password, and records when", async () => {
    const user = await freshUser();
    const signedIn = await authenticate({ phone: user.phone, password: TEST_PASSWORD }, freshAddress());
    expect(signedIn).toEqual({ id: user.id, sessionVersion: user.sessionVersion });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).not.toBeNull();
  });

  it("accepts the phone typed with spaces, as people write it", async () => {
    const user = await freshUser();
    const spaced = `${user.phone.slice(0, 3)} ${user.phone.slice(3, 7)} ${user.phone.slice(7)}`;
    expect((await authenticate({ phone: spaced, password: TEST_PASSWORD }, freshAddress())).id).toBe(user.id);
  });

  it("says exactly the same thing for a wrong password and for a phone with no account", async () => {
    const user = await freshUser();
    const wrongPassword = await outcomeOf(authenticate({ phone: user.phone, password: "not-the-password" }, freshAddress()));
    const unknownPhone = await outcomeOf(authenticate({ phone: uniquePhone(), password: TEST_PASSWORD }, freshAddress()));
    expect(wrongPassword).toEqual(INVALID_CREDENTIALS);
    expect(unknownPhone).toEqual(wrongPassword);
  });

  it("rejects a malformed phone as INVALID", async () => {
    expect((await outcomeOf(authenticate({ phone: "12345", password: TEST_PASSWORD }, freshAddress()))).code).toBe("INVALID");
    expect((await outcomeOf(authenticate({ phone: "13900000001" }, freshAddress()))).code).toBe("INVALID");
    expect((await outcomeOf(authenticate(null, freshAddress()))).code).toBe("INVALID");
  });

  it("tells a disabled account, given the right password, that it is disabled", async () => {
    const user = await freshUser({ isActive: false });
    expect(await outcomeOf(authenticate({ phone: user.phone, password: TEST_PASSWORD }, freshAddress()))).toEqual({
      code: "FORBIDDEN",
      message: "ACCOUNT_DISABLED",
      field: undefined,
    });
    // With a wrong password it learns nothing more than anyone else.
    expect(await outcomeOf(authenticate({ phone: user.phone, password: "guess" }, freshAddress()))).toEqual(INVALID_CREDENTIALS);
  });

  it("refuses a phone after 5 failures, even with the right password, from any address", async () => {
    const user = await freshUser();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await outcomeOf(authenticate({ phone: user.phone, password: `guess-${attempt}` }, freshAddress()))).toEqual(INVALID_CREDENTIALS);
    }
    expect(await outcomeOf(authenticate({ phone: user.phone, password: TEST_PASSWORD }, freshAddress()))).toEqual(RATE_LIMITED);

    // The block is on that phone, not on the address the guesses came from.
    const address = freshAddress();
    await outcomeOf(authenticate({ phone: user.phone, password: "one-more" }, address));
    const other = await freshUser();
    expect((await authenticate({ phone: other.phone, password: TEST_PASSWORD }, address)).id).toBe(other.id);
  });

  it("forgets a phone's failures once it signs in", async () => {
    const user = await freshUser();
    const address = freshAddress();
    for (let round = 0; round < 2; round++) {
      for (let attempt = 0; attempt < 4; attempt++) {
        expect((await outcomeOf(authenticate({ phone: user.phone, password: "typo" }, address))).code).toBe("INVALID");
      }
      expect((await authenticate({ phone: user.phone, password: TEST_PASSWORD }, address)).id).toBe(user.id);
    }
  });

  it("blocks an address after 20 failures across different phones, while other addresses still sign in", async () => {
    const address = freshAddress();
    for (let attempt = 0; attempt < 20; attempt++) {
      expect(await outcomeOf(authenticate({ phone: uniquePhone(), password: "guess" }, address))).toEqual(INVALID_CREDENTIALS);
    }
    const user = await freshUser();
    expect(await outcomeOf(authenticate({ phone: user.phone, password: TEST_PASSWORD }, address))).toEqual(RATE_LIMITED);
    expect((await authenticate({ phone: user.phone, password: TEST_PASSWORD }, freshAddress())).id).toBe(user.id);
  });

  it("throttles a burst of parallel guesses at one phone like the same guesses made one by one", async () => {
    const user = await freshUser();
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, attempt) => outcomeOf(authenticate({ phone: user.phone, password: `burst-${attempt}` }, freshAddress()))),
    );
    const passwordsTried = burst.filter((outcome) => outcome.code === "INVALID").length;
    expect(burst.filter((outcome) => outcome.code !== "INVALID")).toEqual(burst.filter((outcome) => outcome.code === "RATE_LIMITED"));
    // At most the 5 guesses the limit allows were checked against the password.
    expect(passwordsTried).toBeLessThanOrEqual(SIGN_IN_LIMITS.perAccount.points);
  });
});
