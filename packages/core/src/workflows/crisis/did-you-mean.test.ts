import { describe, expect, it } from "vitest";
import { MemoryCrisisEventStore } from "./crisis-event-store.js";
import { Crisis } from "./crisis-runtime.js";
import { standardProtocol } from "./standard-protocol.js";
import { T0 } from "./testing.js";

describe("a misspelt crisis command", () => {
  it("is refused with the command it was probably meant to be, in both languages", async () => {
    const crisis = await Crisis.open(
      new MemoryCrisisEventStore(),
      standardProtocol,
      { crisisId: "c", brand: "b", actor: "ana", role: "community-manager" },
      T0,
    );
    const r = await crisis.execute({ type: "raise-alrt", actor: "ana", role: "community-manager" } as never, {
      now: T0 + 1,
    });
    expect(r.accepted).toBe(false);
    if (r.accepted) return;
    expect(r.refusal.code).toBe("unknown_command");
    expect(r.refusal.details).toMatchObject({ suggestion: "raise-alert" });
    expect(r.refusal.message.en).toBe(
      "The protocol has no command 'raise-alrt'. Did you mean 'raise-alert'?",
    );
    expect(r.refusal.message.es).toBe(
      "El protocolo no tiene el comando 'raise-alrt'. ¿Quería decir 'raise-alert'?",
    );
  });
});
