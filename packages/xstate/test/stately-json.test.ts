// The `json` diagram of @normas/core is an XState machine config: what Stately's editor imports. Checked here
// against the real `createMachine`, and against the machine `toMachine` builds (same states, same commands).
import { renderProtocol, standardProtocol } from "@normas/core/crisis";
import { describe, expect, it } from "vitest";
import { createMachine } from "xstate";
import { toMachine } from "../src/index.js";

describe("the json diagram", () => {
  it("loads with xstate's createMachine, with the states and commands of the runnable machine", () => {
    const config = JSON.parse(renderProtocol(standardProtocol, { format: "json" }));
    const drawn = createMachine(config);
    const runnable = toMachine(standardProtocol);
    expect(Object.keys(drawn.root.states)).toEqual(Object.keys(runnable.root.states));
    for (const [id, node] of Object.entries(drawn.root.states)) {
      const commands = node.ownEvents.filter((e) => !e.startsWith("xstate.")).sort();
      const runnableCommands = (runnable.root.states[id]?.ownEvents ?? [])
        .filter((e) => !e.startsWith("xstate.") && !e.startsWith("normas."))
        .sort();
      expect(commands).toEqual(runnableCommands);
    }
    expect(drawn.root.states.alert?.after.map((t) => t.delay)).toEqual([900_000]);
  });
});
