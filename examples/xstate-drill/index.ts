// The airline data-leak drill run on XState: the standard crisis protocol as an XState v5 machine
// (`toMachine` from @normas/xstate), an actor on a simulated clock, effects performed by named actions,
// deadlines escalated by delayed transitions — and a restart half-way from a persisted snapshot.
// The same drill on the normas runtime (`runDrill`) ends in the same state.
// Run: pnpm example xstate-drill
import { standardProtocol } from "@normas/core";
import { runDrill } from "@normas/core/crisis";
import { airlineDataLeakDrill as drill } from "@normas/core/samples";
import { fromMachineSnapshot, toMachine } from "@normas/xstate";
import { createActor, SimulatedClock } from "xstate";

const MINUTE = 60_000;
const clock = new SimulatedClock();
clock.set(drill.start);
const at = () => `+${Math.round((clock.now() - drill.start) / MINUTE)}`.padStart(5);

const machine = toMachine(standardProtocol, {
  now: () => clock.now(),
  effects: {
    notify: (e) => console.log(`${at()}    → avisar a ${e.roles.join(", ")}`),
    "pause-publishing": () => console.log(`${at()}    → publicaciones programadas en pausa`),
    "resume-publishing": () => console.log(`${at()}    → publicaciones reanudadas`),
    "publish-statement": (e) => console.log(`${at()}    → publicar: “${e.text.slice(0, 70)}…”`),
    "open-post-mortem": () => console.log(`${at()}    → abrir el análisis posterior`),
  },
});

const opening = { crisisId: drill.crisisId, brand: drill.brand, ...drill.open, at: drill.start };
let actor = createActor(machine, { clock, input: opening });
const watch = (a: typeof actor) => {
  a.on("crisis.refused", (e) => console.log(`${at()}  ✖ ${e.refusal.command}: ${e.refusal.message.es}`));
  a.on("crisis.recorded", (e) => {
    for (const ev of e.events) {
      const change = ev.from === ev.to ? ev.to : `${ev.from} → ${ev.to}`;
      const mark = ev.kind === "escalation" ? "⚠ plazo vencido" : `✔ ${ev.command}`;
      console.log(`${at()}  ${mark.padEnd(28)} ${change}`);
    }
  });
};
watch(actor);
actor.start();
console.log(`${drill.title.es} — en XState\n`);

/** Lets time pass minute by minute, as a wall clock would: each deadline escalates at its own minute. */
function advanceTo(time: number): void {
  while (clock.now() + MINUTE < time) clock.increment(MINUTE);
  clock.set(time);
}

const half = Math.floor(drill.steps.length / 2);
for (const [i, step] of drill.steps.entries()) {
  if (i === half) {
    // A restart: the actor is persisted (as JSON, as a database would keep it) and restored. XState does not
    // restore `after` timers; the machine re-arms its deadlines from the crisis state's due times.
    const saved = JSON.stringify(actor.getPersistedSnapshot());
    actor.stop();
    actor = createActor(machine, { clock, snapshot: JSON.parse(saved) });
    watch(actor);
    actor.start();
    console.log(`${at()}  ↻ actor restaurado desde una instantánea (${saved.length} bytes)`);
  }
  advanceTo(drill.start + Math.round(step.minute * MINUTE));
  actor.send(step.command as never);
}
advanceTo(drill.start + Math.round(drill.endMinute * MINUTE));

const state = fromMachineSnapshot(actor.getSnapshot());
const normas = runDrill(standardProtocol, drill).final;
console.log(`\nEstado final en XState: ${state.state}; con el runtime de normas: ${normas.state}.`);
const same = JSON.stringify(state) === JSON.stringify(normas);
console.log(same ? "Mismo estado de crisis en los dos runtimes." : "¡Los estados difieren!");
if (!same) process.exit(1);
