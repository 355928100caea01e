// Norm 1, originality: drafts checked against a small corpus of sources, before and after attribution.
// A fragment borrowed without quotes and credit is an error; the same words, quoted and credited, pass.
// Run: pnpm example originality
import { compilePolicy, definePolicy, evaluatePost } from "@normas/core";
import { SourceIndex } from "@normas/core/originality";
import { originalityExample } from "@normas/core/samples";

// The brand's source index: texts by others it may quote, and its own earlier posts. Built once, kept by the app.
const sources = new SourceIndex();
for (const source of originalityExample.sources) sources.add(source);

const compiled = compilePolicy(
  definePolicy({
    extends: "recommended",
    brands: [
      { id: "acme-es", name: "Acme España", locale: "es-ES" },
      { id: "acme-uk", name: "Acme UK", locale: "en-GB" },
    ],
  }),
);

for (const draft of originalityExample.drafts) {
  const brand = draft.lang === "es" ? "acme-es" : "acme-uk";
  console.log(`── ${draft.id} (source: ${draft.source})`);
  for (const [label, text] of [
    ["before", draft.before],
    ["after ", draft.after],
  ] as const) {
    // The index travels as a service: rules read it, the policy stays plain data.
    const verdict = evaluatePost(compiled, { brand, author: { id: "ana", roles: [] }, text }, { sources });
    const originality = verdict.violations.filter((v) => v.norm === 1);
    console.log(`${label}  ${originality.length === 0 ? "✔" : "✖"} ${text}`);
    for (const v of originality) {
      const excerpt = v.span ? text.slice(v.span.start, v.span.end) : "";
      console.log(
        `         ${v.ruleId}: ${v.message}${excerpt ? `\n         «${excerpt.slice(0, 90)}${excerpt.length > 90 ? "…" : ""}»` : ""}`,
      );
    }
  }
  console.log();
}
