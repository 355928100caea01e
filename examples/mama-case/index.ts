// MAMA (Measure, Analyze, Meditate, Act): a late-delivery complaint taken from measure to act.
// The workflow refuses the shortcuts a hurried agent tries (answering before the root cause is found,
// reviewing one's own draft, publishing before the cool-down) and accepts the reply once each phase is done.
// Run: pnpm example mama-case
import { compilePolicy, definePolicy } from "@normas/core";
import { lateDeliveryCase, playCaseScript } from "@normas/core/samples";
import { shownDir, withLocalStores } from "../local-store.js";

// The case script carries its own policy: drafts are checked against it when they are written.
const compiled = compilePolicy(definePolicy(lateDeliveryCase.policy));
const { state, log } = playCaseScript(lateDeliveryCase, compiled);

const subject = lateDeliveryCase.open.subject;
if (subject.kind === "comment") console.log(`Comentario: “${subject.comment.text}”\n`);
for (const step of log) {
  const time = new Date(step.at).toISOString().slice(11, 16); // `at` is epoch milliseconds
  const outcome = step.outcome === "accepted" ? "✔ aceptado" : `✖ ${step.outcome}`;
  console.log(`${time}  ${step.phase.padEnd(8)}  ${step.type.padEnd(18)} ${outcome}`);
  console.log(`       ${step.note.es}`);
  if (step.refusal) console.log(`       → ${step.refusal.message.es}`);
  for (const effect of step.effects) {
    if (effect.kind === "request-review")
      console.log(`       → pedir revisión a otra persona (borrador de ${effect.drafter})`);
    if (effect.kind === "cool-down")
      console.log(`       → enfriamiento hasta las ${new Date(effect.until).toISOString().slice(11, 16)}`);
  }
  if (!step.asExpected) throw new Error(`step at ${step.at} did not end as the script expects`);
}

console.log(`\nFase final: ${state.phase}`);
const cause = state.analysis?.rootCause;
if (cause) console.log(`Causa raíz (${cause.owner}): ${cause.statement}`);
console.log(`Publicado: “${state.publication?.text ?? ""}”`);

// The case kept in the local embedded database (compare-and-set on its version): saved on the first run.
await withLocalStores(async (stores) => {
  const stored = await stores.cases.load(state.id);
  if (stored === undefined) {
    const saved = await stores.cases.save(state.id, state, 0);
    if (saved.ok)
      console.log(
        `Guardado en ${shownDir} (PGlite, sin servidor): caso ${state.id}, versión ${saved.version}.`,
      );
  } else
    console.log(
      `Leído de ${shownDir}: caso ${state.id} en fase ${stored.state.phase}, versión ${stored.version}.`,
    );
});
