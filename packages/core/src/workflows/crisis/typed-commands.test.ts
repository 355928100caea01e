// Commands typed from the protocol: typos in `type`, `role`, `severity` or `messageId` do not compile for a typed
// protocol (each `@ts-expect-error` below fails the typecheck if the line compiles), and are refused at run time.
import { describe, expect, it } from "vitest";
import type { CrisisCommandOf } from "./command.js";
import { MemoryCrisisEventStore } from "./crisis-event-store.js";
import { Crisis } from "./crisis-runtime.js";
import { openCrisis } from "./lifecycle.js";
import type { CrisisProtocol } from "./protocol-schema.js";
import { type StandardProtocol, standardProtocol } from "./standard-protocol.js";
import { T0 } from "./testing.js";
import { transition } from "./transition.js";

const lead = { actor: "jorge", role: "crisis-lead" } as const;

describe("crisis commands typed from the protocol", () => {
  it("accept the protocol's own names and refuse typos at compile time and at run time", async () => {
    const good: CrisisCommandOf<StandardProtocol> = {
      type: "raise-alert",
      actor: "ana",
      role: "community-manager",
    };
    const typoInType = {
      // @ts-expect-error a typo in the command type
      type: "raise-alrt",
      actor: "ana",
      role: "community-manager",
    } satisfies CrisisCommandOf<StandardProtocol>;
    const typoInRole = {
      type: "raise-alert",
      actor: "ana",
      // @ts-expect-error a typo in the role
      role: "community-manger",
    } satisfies CrisisCommandOf<StandardProtocol>;
    const typos = [typoInType, typoInRole] as unknown as CrisisCommandOf<StandardProtocol>[];
    const crisis = await Crisis.open(
      new MemoryCrisisEventStore(),
      standardProtocol,
      { crisisId: "c", brand: "b", actor: "ana", role: "community-manager" },
      T0,
    );
    const codes: string[] = [];
    for (const command of typos) {
      const r = await crisis.execute(command, { now: T0 + 1 });
      codes.push(r.accepted ? "accepted" : r.refusal.code);
    }
    expect(codes).toEqual(["unknown_command", "role_not_allowed"]);
    expect((await crisis.execute(good, { now: T0 + 2 })).accepted).toBe(true);
    expect((await crisis.execute({ type: "start-assessment", ...lead }, { now: T0 + 3 })).accepted).toBe(
      true,
    );
    const sev = await crisis.execute(
      {
        type: "set-severity",
        ...lead,
        // @ts-expect-error a typo in the severity id, straight into execute
        severity: "sev4",
      },
      { now: T0 + 4 },
    );
    expect(!sev.accepted && sev.refusal.code).toBe("invalid_payload");
  });

  it("types the pure transition too, and leaves a protocol loaded at run time loosely typed", () => {
    const { state } = openCrisis(standardProtocol, { crisisId: "c", brand: "b", ...lead }, T0);
    const typed = transition(
      standardProtocol,
      state,
      {
        type: "approve-statement",
        ...lead,
        // @ts-expect-error a typo in the message id
        messageId: "update-measure",
      },
      T0 + 1,
    );
    expect(!typed.accepted && typed.refusal.code).toBe("not_allowed_in_state");
    const loose: CrisisProtocol = standardProtocol;
    const r = transition(loose, state, { type: "any-string-compiles", actor: "a", role: "r" }, T0 + 1);
    expect(!r.accepted && r.refusal.code).toBe("unknown_command");
  });
});
