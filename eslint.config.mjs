import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "lib/generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // The house rules, made mechanical: one Prisma client used only by the data layer, next-auth
  // behind lib/auth.ts and lib/session.ts, process.env read in lib/env.ts.
  {
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/db", message: "Pages and components read through lib/<domain>/queries.ts." },
            { name: "next-auth", message: "Use lib/session.ts." },
          ],
          patterns: [{ group: ["@/lib/generated/prisma/client"], message: "Pages and components take plain data." }],
        },
      ],
    },
  },
  {
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/env.ts", "lib/session.ts", "lib/generated/**"],
    rules: {
      "no-restricted-syntax": ["error", { selector: "MemberExpression[object.name='process'][property.name='env']", message: "Read configuration through lib/env.ts." }],
    },
  },
];

export default config;
