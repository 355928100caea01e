// The core's clause readers, resolved by vite.config.ts to `packages/core/src/lang/<code>/clauses.ts`.
declare module "virtual:normas/reader-es" {
  export const spanishClauses: unknown;
}
declare module "virtual:normas/reader-en" {
  export const englishClauses: unknown;
}
