// Every entry point of the app, found in the source (not a hand-kept list), must have its entry in
// tests/db/access-matrix/entry-points.ts: the server actions (every export of a "use server" module,
// and any function with an inline "use server") and every HTTP method a route handler (app/**/route.ts)
// exports. A signed-in entry names the data-layer functions whose access-matrix rows give its answers:
// those must have rows, and the entry point's body must call exactly those of the matrix's functions.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import type { Case } from "@/tests/db/access-matrix/case-table";
import { ENTRY_POINTS, isPublic, type SignedInEntry } from "@/tests/db/access-matrix/entry-points";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SCANNED = ["app", "lib", "components", "i18n"];
const SKIPPED = new Set(["node_modules", "generated", ".next"]);
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]);
const MATRIX_DIR = path.join(ROOT, "tests/db/access-matrix");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : sourceFiles(rel);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [rel] : [];
  });
}

const parse = (file: string) => ts.createSourceFile(file, readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);

const hasUseServer = (statements: readonly ts.Statement[]) => {
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false; // directives come first
    if (statement.expression.text === "use server") return true;
  }
  return false;
};

const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The names a module exports, and the function node behind each where it is declared in the file. */
function exportsOf(source: ts.SourceFile): Map<string, ts.Node | null> {
  const found = new Map<string, ts.Node | null>();
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && isExported(statement)) {
      const isDefault = (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
      found.set(isDefault ? "default" : statement.name!.text, statement);
    } else if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) found.set(declaration.name.text, declaration.initializer ?? null);
      }
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      if (!statement.exportClause || !ts.isNamedExports(statement.exportClause)) {
        found.set(`* from ${statement.moduleSpecifier?.getText()}`, null); // a wildcard re-export: fails below, name it by hand
      } else {
        for (const element of statement.exportClause.elements) if (!element.isTypeOnly) found.set(element.name.text, null);
      }
    } else if (ts.isExportAssignment(statement)) {
      found.set("default", statement.expression);
    }
  }
  return found;
}

/** Functions with an inline "use server" directive (server actions defined inside components). */
function inlineServerFunctions(source: ts.SourceFile): Map<string, ts.Node> {
  const found = new Map<string, ts.Node>();
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body && ts.isBlock(node.body as ts.Node) && hasUseServer((node.body as ts.Block).statements)) {
      const named = (node as { name?: ts.Node }).name;
      const owner = named ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name : undefined);
      found.set(owner ? owner.getText() : `anonymous@${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

type Scanned = { key: string; body: ts.Node | null; source: ts.SourceFile };

/** Every entry point in the source: actions as "file#export", route methods as "file METHOD". */
function scanEntryPoints(): Scanned[] {
  const found: Scanned[] = [];
  for (const file of SCANNED.flatMap(sourceFiles)) {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    const isRoute = file.startsWith("app/") && /(^|\/)route\.(ts|tsx|js|mjs)$/.test(file);
    if (!isRoute && !text.includes("use server")) continue;
    const source = parse(file);
    if (hasUseServer(source.statements)) {
      for (const [name, body] of exportsOf(source)) found.push({ key: `${file}#${name}`, body, source });
    } else {
      for (const [name, body] of inlineServerFunctions(source)) found.push({ key: `${file}#${name}`, body, source });
    }
    if (isRoute) {
      for (const [name, body] of exportsOf(source)) if (HTTP_METHODS.has(name)) found.push({ key: `${file} ${name}`, body, source });
    }
  }
  return found;
}

/** The names called inside a function, following calls to functions of the same file. */
function calledNames(node: ts.Node, source: ts.SourceFile, seen = new Set<ts.Node>()): Set<string> {
  const names = new Set<string>();
  const local = new Map<string, ts.Node>();
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) local.set(statement.name.text, statement);
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) local.set(d.name.text, d.initializer);
    }
  }
  const visit = (child: ts.Node) => {
    if (ts.isCallExpression(child)) {
      const callee = child.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
      if (name) {
        names.add(name);
        const helper = local.get(name);
        if (helper && !seen.has(helper)) {
          seen.add(helper);
          for (const inner of calledNames(helper, source, seen)) names.add(inner);
        }
      }
    }
    ts.forEachChild(child, visit);
  };
  seen.add(node);
  visit(node);
  return names;
}

let scanned: Scanned[];
let cases: Case[];

beforeAll(async () => {
  scanned = scanEntryPoints();
  const tables = readdirSync(MATRIX_DIR).filter((name) => name.endsWith("-cases.ts"));
  const modules = await Promise.all(tables.map((name) => import(path.join(MATRIX_DIR, name)) as Promise<Record<string, unknown>>));
  cases = modules.flatMap((exported) => Object.values(exported).filter((value): value is Case[] => Array.isArray(value) && typeof value[0]?.fn === "string").flat());
});

describe("entry points", () => {
  it("finds the app's server actions and route handlers in the source", () => {
    const actions = scanned.filter((entry) => entry.key.includes("#"));
    const routes = scanned.filter((entry) => !entry.key.includes("#"));
    // Guards the scanner itself: a silent scanner would pass every check below.
    expect(actions.map((entry) => entry.key)).toContain("lib/pledges/actions.ts#approvePledgeAction");
    expect(routes.map((entry) => entry.key)).toContain("app/(public)/v/[slug]/board.json/route.ts GET");
    expect(routes.map((entry) => entry.key)).toContain("app/api/auth/[...nextauth]/route.ts POST");
    const publicCount = Object.values(ENTRY_POINTS).filter(isPublic).length;
    console.info(
      `entry points: ${scanned.length} (${actions.length} server actions, ${routes.length} route handler methods; ` +
        `${scanned.length - publicCount} signed-in, ${publicCount} public); access-matrix cases: ${cases.length} over ${new Set(cases.map((c) => c.fn)).size} data-layer functions`,
    );
  });

  it("has an entry in the access map for every one, and no entry for one that no longer exists", () => {
    const inSource = scanned.map((entry) => entry.key);
    const inMap = Object.keys(ENTRY_POINTS);
    expect(inSource.filter((key) => !inMap.includes(key)), "entry points with no entry in tests/db/access-matrix/entry-points.ts").toEqual([]);
    expect(inMap.filter((key) => !inSource.includes(key)), "entries in tests/db/access-matrix/entry-points.ts for entry points that no longer exist").toEqual([]);
  });

  it("covers each signed-in entry point with data-layer functions that have matrix rows", () => {
    const inMatrix = new Set<string>(cases.map((c) => c.fn));
    for (const [key, entry] of Object.entries(ENTRY_POINTS)) {
      if (isPublic(entry)) {
        expect(entry.who && entry.exposes && entry.expect, `${key}: a public entry says who, what it exposes and its answer`).toBeTruthy();
        expect(entry.tests.length, `${key}: a public entry names its tests`).toBeGreaterThan(0);
        continue;
      }
      expect(entry.covers.length, `${key} covers no data-layer function`).toBeGreaterThan(0);
      expect(entry.covers.filter((fn) => !inMatrix.has(fn)), `${key}: functions with no access-matrix rows`).toEqual([]);
      expect(entry.anonymous, `${key}: the anonymous answer`).toBeTruthy();
    }
  });

  it("calls exactly the covering functions from each signed-in entry point (the map cannot drift from the code)", () => {
    const inMatrix = new Set<string>(cases.map((c) => c.fn));
    for (const entry of scanned) {
      const mapped = ENTRY_POINTS[entry.key];
      if (!mapped || isPublic(mapped)) continue;
      expect(entry.body, `${entry.key}: its function body is not in the file (re-exported?)`).not.toBeNull();
      const called = [...calledNames(entry.body!, entry.source)].filter((name) => inMatrix.has(name)).sort();
      expect(called, `${entry.key}: matrix functions it calls`).toEqual([...(mapped as SignedInEntry).covers].sort());
    }
  });

  it("calls no matrix data-layer function from a public entry point", () => {
    const inMatrix = new Set<string>(cases.map((c) => c.fn));
    for (const entry of scanned) {
      const mapped = ENTRY_POINTS[entry.key];
      if (!mapped || !isPublic(mapped) || !entry.body) continue;
      expect([...calledNames(entry.body, entry.source)].filter((name) => inMatrix.has(name)), `${entry.key} is public but calls`).toEqual([]);
    }
  });

  it("runs every case table in the access-matrix test", () => {
    const matrixTest = readFileSync(path.join(ROOT, "tests/db/access-matrix.db.test.ts"), "utf8");
    for (const table of readdirSync(MATRIX_DIR).filter((name) => name.endsWith("-cases.ts"))) {
      expect(matrixTest, `${table} is not imported by the access-matrix test`).toContain(`./access-matrix/${table.replace(/\.ts$/, "")}"`);
    }
  });
});
