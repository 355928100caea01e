// Before/after timings of the paths issue 17 found quadratic, on any checkout of the repository (one case per
// process, after a 2 kB warm-up):
//   npx tsx packages/core/stress/compare.ts /path/to/checkout "reply commitment en"
// Prints "<checkout> | <case> | <ms>". Run it on main and on this branch for a before and after.
const root = process.argv[2]!;
const which = process.argv[3]!;
const core = await import(`${root}/packages/core/src/index.ts`);
const { tokenize } = await import(`${root}/packages/core/src/text/tokenize.ts`);
const { classifyComment } = await import(`${root}/packages/core/src/moderation/classify.ts`);
const { compilePolicy, definePolicy, evaluateReply, evaluatePost } = core;
const brands = [
  { id: "acme-es", name: "Acme", locale: "es-ES", voice: { signOff: { template: "^{initials}" } } },
  { id: "acme-uk", name: "Acme UK", locale: "en-GB" },
];
const compiled = compilePolicy(definePolicy({ extends: "recommended", brands }));
let n = 2_000;
const fill = (unit: string) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const author = { id: "a", roles: ["agent"], initials: "MG" };
const cases: Record<string, () => unknown> = {
  "tokenize a.": () => tokenize(fill("a.")),
  "tokenize a-": () => tokenize(fill("a-")),
  "tokenize f.u.c.k.": () => tokenize(fill("f.u.c.k.")),
  "reply spaces+x (sign-off)": () =>
    evaluateReply(compiled, { brand: "acme-es", author, text: `${" ".repeat(n - 1)}x` }),
  "reply commitment es": () =>
    evaluateReply(compiled, { brand: "acme-es", author, text: fill("te devolveremos el dinero ") }),
  "reply commitment en": () =>
    evaluateReply(compiled, { brand: "acme-uk", author, text: fill("we will refund your money ") }),
  "post negated insults es": () =>
    evaluatePost(compiled, { brand: "acme-es", author, text: fill("no eres idiota ") }),
  "classify DNI-like": () => classifyComment(fill("12345678Z "), "es"),
  "classify phone-like": () => classifyComment(fill("+34 600 000 000 "), "es"),
};
cases[which]!(); // warm-up on 2 kB: lexicons and JIT, not the path measured
n = 99_000;
const t0 = performance.now();
cases[which]!();
console.log(`${root.split("/").pop()} | ${which} | ${Math.round(performance.now() - t0)} ms`);
