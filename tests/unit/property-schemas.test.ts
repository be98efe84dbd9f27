// Every zod input schema (lib/schemas.ts and lib/*/schemas.ts, found by listing the files, so a new
// one is covered without being named here) against random and adversarial input: parsing never
// throws; it either succeeds or returns a ZodError whose issues each carry a path and a message
// code the forms can show (lib/action-state.ts fieldErrorsOf turns them into field errors); and
// nothing it does reaches Object.prototype.
import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { z } from "zod";
import { afterAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/action-state";
import { ENUM_VALUES, HOSTILE_KEYS, assertNoPrototypePollution, hostileString, hostileValue } from "./property-values";

const ROOT = path.resolve(import.meta.dirname, "../..");
const RUNS = 300;

const schemaFiles = [
  "lib/schemas.ts",
  ...readdirSync(path.join(ROOT, "lib"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(path.join(ROOT, "lib", entry.name)).filter((name) => name === "schemas.ts").map((name) => `lib/${entry.name}/${name}`)),
];

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };
const isSchema = (value: unknown): value is AnySchema =>
  typeof value === "object" && value !== null && "_zod" in value && typeof (value as { safeParse?: unknown }).safeParse === "function";

const schemas: [string, AnySchema][] = [];
for (const file of schemaFiles) {
  const exported = (await import(path.join(ROOT, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(exported)) if (isSchema(value)) schemas.push([`${file}#${name}`, value]);
}

/** The field names an object schema (behind pipes, unions, defaults…) reads. */
function keysOf(schema: unknown, seen = new Set<unknown>()): string[] {
  if (!isSchema(schema) || seen.has(schema)) return [];
  seen.add(schema);
  const def = schema._zod.def as Record<string, unknown>;
  switch (def.type) {
    case "object":
      return Object.keys(def.shape as object);
    case "pipe":
      return [...keysOf(def.in, seen), ...keysOf(def.out, seen)];
    case "union":
      return (def.options as unknown[]).flatMap((option) => keysOf(option, seen));
    default:
      return "innerType" in def ? keysOf(def.innerType, seen) : [];
  }
}

/** Values that are valid for many fields, so that some forms get past their first check to the later ones. */
const PLAUSIBLE = [
  ...ENUM_VALUES, "x1", "abc-123", "1", "2", "10", "yes", "true", "false", "on", "2026-11-25", "2026-11-25T09:00", "2026-12-01T09:00",
  "13800000000", "Passw0rd-long-enough", "修缮3处牲畜饮水点",
];
const plausible = fc.oneof(fc.constantFrom(...PLAUSIBLE), fc.array(fc.constantFrom(...PLAUSIBLE), { minLength: 1, maxLength: 3 }));
const fieldValue = fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 2, arbitrary: hostileValue });

/** A form for a schema: its own fields (some missing), hostile extra keys, own __proto__ keys as Object.fromEntries makes them; or no object at all. */
function inputFor(keys: string[]): fc.Arbitrary<unknown> {
  const own = fc.tuple(...keys.map((key) => fc.option(fieldValue, { nil: undefined, freq: 6 }).map((value) => [key, value] as const)));
  const extra = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), hostileString), hostileValue), { maxLength: 3 });
  const form = fc.tuple(own, extra).map(([fields, more]) => Object.fromEntries([...fields.filter(([, value]) => value !== undefined), ...more]));
  return keys.length === 0 ? hostileValue : fc.oneof({ weight: 9, arbitrary: form }, { weight: 1, arbitrary: hostileValue });
}

const baseline = Object.getOwnPropertyNames(Object.prototype);
let totalRuns = 0;
const accepted = new Map<string, number>();

describe("every zod input schema, under hostile input", () => {
  it("finds the schemas", () => {
    expect(schemaFiles.length).toBeGreaterThanOrEqual(9);
    expect(schemas.map(([name]) => name)).toContain("lib/pledges/schemas.ts#ZPledgeDraftInput");
  });

  it.each(schemas)("%s: never throws, and refuses with a path and a message code", (name, schema) => {
    const keys = keysOf(schema);
    fc.assert(
      fc.property(inputFor(keys), (input) => {
        totalRuns++;
        const result = schema.safeParse(input);
        assertNoPrototypePollution(baseline);
        if (result.success) {
          accepted.set(name, (accepted.get(name) ?? 0) + 1);
          return;
        }
        expect(result.error).toBeInstanceOf(z.ZodError);
        expect(result.error.issues.length).toBeGreaterThan(0);
        for (const issue of result.error.issues) {
          expect(Array.isArray(issue.path)).toBe(true);
          expect(typeof issue.message).toBe("string");
          expect(issue.message.length).toBeGreaterThan(0);
        }
        // What the form shows: one list of codes per field, each a code or INVALID.
        for (const codes of Object.values(fieldErrorsOf(result.error))) {
          for (const code of codes) expect(code).toMatch(/^[A-Z_]+$/);
        }
      }),
      { numRuns: RUNS },
    );
  });

  // Random forms pass about half the object schemas somewhere in 300 runs; a third leaves room for
  // chance and still fails when the generated forms stop getting past the first field.
  it("reaches past the first check: at least a third of the object schemas accepted some input", () => {
    const objectSchemas = schemas.filter(([, schema]) => keysOf(schema).length > 0);
    const reached = objectSchemas.filter(([name]) => (accepted.get(name) ?? 0) > 0);
    expect(reached.length).toBeGreaterThanOrEqual(objectSchemas.length / 3);
  });
});

afterAll(() => {
  console.info(`property-schemas: ${schemas.length} schemas × ${RUNS} runs = ${totalRuns} parses; accepted ${[...accepted.values()].reduce((a, b) => a + b, 0)}`);
});
