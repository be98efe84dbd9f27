// Every server action under hostile forms, through the same path a browser's post takes (the
// action's parse, the session's actor, one data-layer call): a form built from one that parses
// (property-forms.ts), with fields replaced by hostile strings (property-values.ts), by ids of other
// scopes, repeated, dropped or turned into files, and with hostile keys added; sent by each role
// and by a visitor with no session. The answer is a redirect, a success, or a refusal whose codes the
// form can show, never a throw (a 500) nor the catch-all UNEXPECTED (an exception other than an
// AppError); a refusal wrote nothing (every table's rows hashed before and after; the throttle's
// counters aside); and nothing reached Object.prototype.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { assertNoPrototypePollution, HOSTILE_KEYS, hostileString } from "../unit/property-values";
import { ROLES } from "./access-matrix/case-table";
import { actorOf } from "./access-matrix/world";
import { ACTION_KEYS, FORMS, buildFormWorld, callAction, expectCleanRefusal, fingerprint, formData, newHarness, worldIds, type Form, type FormValue } from "./property-forms";

const h = vi.hoisted(() => ({ current: { actor: null, address: "203.0.113.1", referer: null, cookies: new Map(), calls: [] } as import("./property-forms").Harness }));
vi.mock("@/lib/session", async () => (await import("./property-forms")).sessionModule(h.current));
vi.mock("next/headers", async () => (await import("./property-forms")).nextHeadersModule(h.current));
vi.mock("next/cache", async () => (await import("./property-forms")).nextCacheModule(h.current));

const RUNS = { form: 25, argument: 4 };
const ANONYMOUS = "ANONYMOUS";
const baseline = Object.getOwnPropertyNames(Object.prototype);
let ids: string[] = [];
let runs = 0;
const outcomes = { redirect: 0, success: 0, refused: 0 };

beforeAll(async () => {
  await buildFormWorld();
  ids = await worldIds();
});
afterAll(() => {
  console.info(
    `property-actions: ${ACTION_KEYS.length} actions × (${RUNS.form} hostile forms + ${RUNS.argument} hostile arguments) = ${runs} calls; ` +
      `${outcomes.redirect} redirected, ${outcomes.success} succeeded, ${outcomes.refused} refused with nothing written`,
  );
});

const file = fc.oneof(
  fc.uint8Array({ maxLength: 256 }).map((bytes) => new File([bytes], "photo.jpg", { type: "image/jpeg" })),
  // Starts like a JPEG, then garbage: the photo checks must refuse it, not crash on it.
  fc.uint8Array({ maxLength: 256 }).map((bytes) => new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...bytes])], "x.jpg", { type: "image/jpeg" })),
  fc.constantFrom(
    new File(["=cmd|'/c calc'!A1,<script>"], "roster.csv", { type: "text/csv" }),
    new File(["类型,县（市）,乡（镇）,村（社）,户数,牧区,姓名,手机号,技能\r\n村,某\u0000县,某镇,新村,10,,,,"], "roster.csv", { type: "text/csv" }),
    new File([], "empty.xlsx"),
    new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], "broken.xlsx"),
  ),
);

/** One field of a form, made hostile (or left as it was). */
const hostileField = (value: FormValue): fc.Arbitrary<FormValue | undefined> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant(value) },
    { weight: 3, arbitrary: hostileString },
    { weight: 2, arbitrary: fc.constantFrom(...ids) }, // a real id, of any scope
    { weight: 1, arbitrary: fc.constant(undefined) }, // dropped
    { weight: 1, arbitrary: fc.array(hostileString, { minLength: 2, maxLength: 3 }) }, // repeated where one is expected
    { weight: 1, arbitrary: file },
  );

function hostileForm(key: string): fc.Arbitrary<Form> {
  const base = FORMS[key]!();
  const fields = fc.tuple(...Object.entries(base).map(([name, value]) => hostileField(value).map((v) => [name, v] as const)));
  const extra = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), hostileString), fc.oneof(hostileString, file)), { maxLength: 3 });
  return fc.tuple(fields, extra).map(([own, more]) => Object.fromEntries([...own.filter(([, v]) => v !== undefined), ...more]) as Form);
}

const who = fc.constantFrom(ANONYMOUS, ...ROLES);
// Whatever a client puts in X-Forwarded-For; a header carries bytes only (no text beyond Latin-1, no NUL or line breaks).
const address = fc.oneof(fc.ipV4(), fc.ipV6(), fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((code) => String.fromCharCode(code)), maxLength: 300 }));

async function actAs(role: string, from: string) {
  Object.assign(h.current, newHarness(), { actor: role === ANONYMOUS ? null : await actorOf(role as never), address: from });
}

describe("server actions under hostile forms", () => {
  it.each(ACTION_KEYS)("%s: answers cleanly, and a refusal writes nothing", async (key) => {
    await fc.assert(
      fc.asyncProperty(hostileForm(key), who, address, async (form, role, from) => {
        runs++;
        await actAs(role, from);
        const before = await fingerprint();
        const answer = await callAction(key, formData(form)).catch((error: unknown) => {
          throw new Error(`${key} threw (a 500 in the browser): ${error instanceof Error ? error.stack : String(error)}`);
        });
        assertNoPrototypePollution(baseline);
        if ("redirect" in answer) return void outcomes.redirect++;
        const state = answer.state ?? { status: "success" }; // setLocaleAction answers nothing when it does not redirect
        if (state.status === "error") {
          expectCleanRefusal(state);
          expect(await fingerprint(), `${key} refused ${JSON.stringify(state)} but wrote`).toEqual(before);
          return void outcomes.refused++;
        }
        expect(["success", "checked", "committed"]).toContain(state.status);
        if (state.status === "checked") expect(await fingerprint()).toEqual(before); // a dry run writes nothing
        outcomes.success++;
      }),
      { numRuns: RUNS.form },
    );
  });

  // A crafted request can call an action with anything in place of its form (React decodes plain
  // objects, arrays and Maps from a request body as readily as FormData).
  it.each(ACTION_KEYS)("%s: refuses something other than a form without a 500", async (key) => {
    const notAForm = fc.oneof(
      fc.constantFrom<unknown>(null, undefined, "locale=en", 42, [], {}),
      fc.constant(null).map(() => ({ ...FORMS[key]!() })),
      fc.constant(null).map(() => new Map(Object.entries(FORMS[key]!()))),
    );
    await fc.assert(
      fc.asyncProperty(notAForm, who, async (argument, role) => {
        runs++;
        await actAs(role, "203.0.113.9");
        const before = await fingerprint();
        const answer = await callAction(key, argument).catch((error: unknown) => {
          throw new Error(`${key} threw (a 500 in the browser): ${error instanceof Error ? error.message : String(error)}`);
        });
        if (key.endsWith("#signOutAction")) return; // takes no argument
        if ("state" in answer && answer.state) expect(answer.state.status).toBe("error");
        expect(await fingerprint()).toEqual(before);
      }),
      { numRuns: RUNS.argument },
    );
  });
});
