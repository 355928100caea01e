// Norm 2, respect every opinion: a queue of comments, each with the action a moderator proposes.
// Criticism stays up; only real grounds (spam, personal data, threats, hate…) justify removing a comment.
// Run: pnpm example moderation-queue
import { compilePolicy, definePolicy, evaluateModeration, type ModerationInput } from "@normas/core";

const compiled = compilePolicy(
  definePolicy({
    extends: "recommended",
    roles: { moderator: { name: "Moderador/a", may: [] } },
    brands: [
      { id: "acme-es", name: "Acme España", locale: "es-ES" },
      { id: "acme-uk", name: "Acme UK", locale: "en-GB" },
    ],
  }),
);

const moderator = { id: "mod-1", roles: ["moderator"] };
type Proposal = Pick<ModerationInput, "brand" | "action" | "reason"> & { comment: string };

const queue: Proposal[] = [
  {
    brand: "acme-es",
    action: "delete",
    comment: "Pésimo servicio, tres semanas esperando un reembolso. No vuelvo a comprar aquí.",
  },
  {
    brand: "acme-es",
    action: "hide",
    comment: "Vuestra nueva app es lentísima y se cierra sola. Un desastre.",
  },
  {
    brand: "acme-es",
    action: "delete",
    reason: { ground: "spam" },
    comment: "GANA 500€ AL DÍA desde casa!!! Entra ya en bit.ly/dinero-facil bit.ly/dinero-facil",
  },
  {
    brand: "acme-es",
    action: "hide",
    reason: { ground: "personal-data" },
    comment:
      "Mi vecino Juan Pérez vive en la calle Mayor 12 y su teléfono es 612 345 678, que os lo diga él.",
  },
  {
    brand: "acme-uk",
    action: "delete",
    comment: "Honestly the worst customer service I have ever had. Shameful.",
  },
  {
    brand: "acme-uk",
    action: "ban",
    reason: { ground: "threat" },
    comment: "I know where your shop is. Watch your back.",
  },
  { brand: "acme-uk", action: "keep", comment: "Your delivery was late again. Not impressed." },
];

for (const p of queue) {
  const input: ModerationInput = {
    brand: p.brand,
    author: moderator,
    comment: { text: p.comment },
    action: p.action,
    ...(p.reason ? { reason: p.reason } : {}),
  };
  const verdict = evaluateModeration(compiled, input);
  const ground = p.reason?.ground ? ` (${p.reason.ground})` : "";
  console.log(`${verdict.ok ? "✔ allowed" : "✖ refused"}  ${p.action}${ground}  “${p.comment}”`);
  for (const v of verdict.violations) console.log(`           ${v.severity} ${v.ruleId}: ${v.message}`);
}
