// The airline data-leak drill: the standard crisis protocol run against scripted commands and a scripted clock.
// Run: pnpm example crisis-drill
// The same drill from the command line: pnpm exec normas crisis drill standard --script examples/crisis-drill/airline-data-leak.jsonl
import { standardProtocol } from "@normas/core";
import { runDrill } from "@normas/core/crisis";
import { airlineDataLeakDrill } from "@normas/core/samples";

const report = runDrill(standardProtocol, airlineDataLeakDrill);
const clock = (minute: number) => `+${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, "0")}`;

console.log(`${report.title.es}\n`);
for (const e of report.entries) {
  const mark = { opened: "●", command: "✔", refusal: "✖", escalation: "⚠" }[e.kind];
  const change = e.from === "" || e.from === e.state ? e.state : `${e.from} → ${e.state}`;
  console.log(
    `${clock(e.minute).padStart(7)}  ${mark} ${e.command.padEnd(26)} ${change.padEnd(28)} ${e.role}`,
  );
  if (e.refusal) console.log(`${" ".repeat(12)}rechazado: ${e.refusal.message.es}`);
  for (const d of e.deadlines.escalated) console.log(`${" ".repeat(12)}plazo vencido: ${d.name.es}`);
  for (const effect of e.effects) {
    if (effect.kind === "publish-statement") console.log(`${" ".repeat(12)}publicado: “${effect.text}”`);
    if (effect.kind === "pause-publishing")
      console.log(`${" ".repeat(12)}publicaciones programadas en pausa`);
  }
}

const s = report.summary;
console.log(`\nEstado final: ${report.final.state}`);
console.log(
  `${s.accepted} órdenes aceptadas, ${s.refused} rechazadas; plazos: ${s.deadlinesMet} cumplidos, ${s.deadlinesEscalated} escalados.`,
);
console.log(
  `Registro encadenado: ${report.events.length} eventos, ${report.verify.ok ? "verificado" : "¡roto!"}.`,
);
