// The airline data-leak drill: the standard crisis protocol run against scripted commands and a scripted clock.
// Run: pnpm example crisis-drill
// The same drill from the command line: pnpm exec normas crisis drill standard --script examples/crisis-drill/airline-data-leak.jsonl
import { standardProtocol } from "@normas/core";
import { Crisis, runDrill } from "@normas/core/crisis";
import { airlineDataLeakDrill } from "@normas/core/samples";
import { shownDir, withLocalStores } from "../local-store.js";

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

// The drill's log kept in the local embedded database: written on the first run, loaded and verified after.
await withLocalStores(async (stores) => {
  const id = airlineDataLeakDrill.crisisId;
  if ((await stores.crises.head(id)) === undefined) {
    await stores.crises.append(id, { expectedVersion: 0, events: report.events });
    console.log(
      `Guardado en ${shownDir} (PGlite, sin servidor): crisis ${id}, ${report.events.length} eventos.`,
    );
  }
  const stored = await Crisis.load(stores.crises, standardProtocol, id);
  const v = await stored.verify();
  console.log(
    `Leído de ${shownDir}: crisis ${id} en ${stored.state.state}, ${stored.version} eventos, cadena ${v.ok ? "verificada" : "¡rota!"}.`,
  );
});
