import { standardProtocol } from "@normas/core/crisis";
import { createActor, SimulatedClock } from "xstate";
import { expect, it } from "vitest";
import { toMachine } from "../src/index.js";

it("smoke", () => {
  const clock = new SimulatedClock();
  clock.set(Date.UTC(2026, 4, 12, 9));
  const notified: string[][] = [];
  const machine = toMachine(standardProtocol, { now: () => clock.now(), effects: { notify: (e) => notified.push([...e.roles]) } });
  const actor = createActor(machine, { clock, input: { crisisId: "c1", brand: "acme", actor: "ana", role: "community-manager" } }).start();
  actor.send({ type: "raise-alert", actor: "ana", role: "community-manager", topics: ["delay"] });
  expect(actor.getSnapshot().value).toBe("alert");
  actor.send({ type: "start-assessment", actor: "ana", role: "community-manager" });
  console.log(actor.getSnapshot().context.refusal);
  clock.increment(16 * 60_000);
  console.log(JSON.stringify(actor.getSnapshot().context.crisis), notified);
  const persisted = actor.getPersistedSnapshot();
  console.log(JSON.stringify(persisted).slice(0, 600));
  const restored = createActor(machine, { clock, snapshot: persisted }).start();
  clock.increment(60 * 60_000);
  console.log(JSON.stringify(restored.getSnapshot().context.crisis.pending), notified);
});
