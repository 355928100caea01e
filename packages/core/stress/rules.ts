// Every rule, timed one by one inside real evaluations: each rule's check is wrapped with a timer, so a rule that
// grows quadratically shows on its own instead of hiding in the total of forty linear ones.
import type { CompiledPolicy } from "../src/engine/compile.js";
import { internalsOf } from "../src/engine/compile.js";
import type { RuleContextBase, RuleTarget } from "../src/engine/rule.js";
import { compilePolicy } from "../src/rules/compile-policy.js";
import { definePolicy } from "../src/rules/define-policy.js";

/** Every rule on (`strict`), two brands with every brand setting a rule reads. */
export function stressPolicy(): CompiledPolicy {
  const brand = (id: string, locale: string, name: string) => ({
    id,
    name,
    locale,
    aliases: [`${name} Group`, `${name}-Tienda`],
    handles: [`@${id.replace("-", "_")}`],
    hashtags: ["#AcmeOfertas"],
    products: ["Chispa Lime", "Acme Pro"],
    voice: { signOff: { template: "^{initials}", required: true }, maxEmoji: 2, bannedEmoji: ["💩"] },
    terms: {
      banned: [
        { term: "barato", inflect: true, reason: "Decimos «económico»." },
        { term: "cheap", reason: "We say affordable." },
      ],
    },
  });
  return compilePolicy(
    definePolicy({
      extends: "strict",
      organization: { id: "acme", name: "Acme" },
      roles: { agent: { name: "Agent", may: [] } },
      channels: { x: { maxLength: 280, urlLength: 23 } },
      brands: [brand("acme-es", "es-ES", "Acme España"), brand("acme-uk", "en-GB", "Acme UK")],
    }),
  );
}

/** Time spent per rule id (and `(analysis)` for the shared clause analysis) in the evaluations since `reset`. */
export interface RuleClock {
  readonly spent: Map<string, number>;
  reset(): void;
}

/** Wraps every rule check of `compiled` with a timer; the first check of an evaluation pays for the analysis. */
export function instrument(compiled: CompiledPolicy): RuleClock {
  const spent = new Map<string, number>();
  const add = (id: string, ms: number): void => {
    spent.set(id, (spent.get(id) ?? 0) + ms);
  };
  let analysed = new WeakSet<object>();
  for (const { rules } of internalsOf(compiled).brands.values()) {
    for (const active of rules) {
      const handlers = active.handlers as Partial<Record<RuleTarget, (ctx: RuleContextBase) => void>>;
      for (const target of ["reply", "post", "moderation"] as const) {
        const check = handlers[target];
        if (check === undefined) continue;
        handlers[target] = (ctx: RuleContextBase) => {
          if (!analysed.has(ctx.text)) {
            analysed.add(ctx.text);
            const t0 = performance.now();
            ctx.analysis();
            add("(analysis)", performance.now() - t0);
          }
          const t0 = performance.now();
          try {
            check(ctx);
          } finally {
            add(active.rule.id, performance.now() - t0);
          }
        };
      }
    }
  }
  return {
    spent,
    reset() {
      spent.clear();
      analysed = new WeakSet();
    },
  };
}
