// Linear-time check of `compilePolicy` on large policies: many brands (each brand's identity terms are matched
// for every other brand: one matcher per policy, not one per brand), and one brand with many aliases. Each is
// compiled at n and at 8n; linear work takes about 8 times as long, the run fails when a ratio passes 24
// (quadratic work would take 64 times). Each timing is the best of several fresh compiles of a fresh policy
// object (compiled matchers are cached per policy). Run:
// `pnpm --filter @normas/core run stress:compile`.
import { compilePolicy, definePolicy } from "../src/index.js";
import type { NormasPolicyDefinition } from "../src/rules.js";

const LIMIT = 24;

const manyBrands = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `b${i}`,
    name: `Marca ${i} Zeta`,
    locale: i % 2 === 0 ? ("en-GB" as const) : ("es-ES" as const),
    aliases: [`alias${i}`],
    handles: [`@marca_${i}`],
  }));
const manyAliases = (n: number) => [
  {
    id: "one",
    name: "One",
    locale: "es-ES" as const,
    aliases: Array.from({ length: n }, (_, i) => `alias número ${i}`),
  },
  { id: "two", name: "Two", locale: "en-GB" as const },
];

function best(make: () => NormasPolicyDefinition, runs = 3): number {
  let min = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const policy = definePolicy(make());
    const t0 = performance.now();
    compilePolicy(policy);
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

// Warm up: the shared lexicons and the first JIT passes are not part of what scales.
best(() => ({ extends: "recommended", brands: manyBrands(20) }), 2);

const cases = [
  {
    name: "brands",
    n: 250,
    make: (n: number) => ({ extends: "recommended" as const, brands: manyBrands(n) }),
  },
  {
    name: "aliases of one brand",
    n: 500,
    make: (n: number) => ({ extends: "recommended" as const, brands: manyAliases(n) }),
  },
];

let failed = false;
console.log("| compilePolicy with | n | ms | 8n | ms | ratio |\n|---|---|---|---|---|---|");
for (const c of cases) {
  const small = best(() => c.make(c.n));
  const large = best(() => c.make(c.n * 8));
  const ratio = large / small;
  if (ratio > LIMIT) failed = true;
  console.log(
    `| ${c.name} | ${c.n} | ${small.toFixed(0)} | ${c.n * 8} | ${large.toFixed(0)} | ${ratio.toFixed(1)}× |`,
  );
}
if (failed) {
  console.log(`\nA ratio passed ${LIMIT}: compiling is not linear.`);
  process.exitCode = 1;
}
