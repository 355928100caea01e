// Ids named like members of Object.prototype are ordinary ids (or refused clearly), never false errors.
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { brandCrisisState } from "./brand-crisis-state.js";
import { MemoryCrisisEventStore } from "./crisis-event-store.js";
import { Crisis } from "./crisis-runtime.js";
import { customizeProtocol } from "./customize-protocol.js";
import { defineProtocol, ProtocolError } from "./define-protocol.js";
import type {
  ApprovedMessageSchema,
  CrisisProtocolInput,
  ProtocolTransitionSchema,
} from "./protocol-schema.js";
import { MINUTE, T0 } from "./testing.js";

const t = (en: string, es: string) => ({ en, es });

// Typed apart: TypeScript gives a literal member named `constructor` the type of Object's constructor.
const build: z.input<typeof ProtocolTransitionSchema> = {
  command: "constructor",
  from: ["watch"],
  to: "constructor",
  roles: ["constructor"],
  assign: ["severity"],
};
const statement: z.input<typeof ApprovedMessageSchema> = {
  kind: "statement",
  states: ["constructor"],
  text: { en: "We are on it.", es: "Estamos en ello." },
};

/** A protocol whose role, state, severity, deadline, transition, command and message are all `constructor`. */
const input: CrisisProtocolInput = {
  id: "constructor",
  name: t("Prototype ids", "Ids de prototipo"),
  initial: "watch",
  roles: { constructor: { name: t("Builder", "Constructora") } },
  severities: {
    constructor: { name: t("Severe", "Grave"), rank: 1, approvals: ["constructor"] },
    mild: { name: t("Mild", "Leve"), rank: 0 },
  },
  states: {
    watch: { name: t("Watch", "Vigilancia"), active: false },
    constructor: {
      name: t("Building", "Construcción"),
      rolesAllowed: ["constructor"],
      deadlines: {
        constructor: {
          name: t("Speak", "Hablar"),
          minutes: 30,
          bySeverity: { mild: 60 },
          metBy: ["constructor"],
          escalation: { notify: ["constructor"] },
        },
      },
    },
    done: { name: t("Done", "Hecho"), active: false, terminal: true },
  },
  transitions: {
    constructor: build,
    approve: { command: "approve", from: ["constructor"], roles: ["constructor"], assign: ["approval"] },
    publish: { command: "publish", from: ["constructor"], roles: ["constructor"], assign: ["statement"] },
    finish: {
      command: "finish",
      from: ["constructor"],
      to: "done",
      roles: ["constructor"],
      guards: ["statement-published"],
    },
  },
  messages: {
    constructor: statement,
  },
};

const who = { actor: "ana", role: "constructor" };

describe("ids named like prototype members", () => {
  it("run a whole crisis where every id is `constructor`", async () => {
    const p = defineProtocol(input);
    const crisis = await Crisis.open(
      new MemoryCrisisEventStore(),
      p,
      { crisisId: "c", brand: "b", ...who },
      T0,
    );
    const steps = [
      { type: "constructor", ...who, severity: "constructor" },
      { type: "approve", ...who, messageId: "constructor" },
      { type: "publish", ...who, messageId: "constructor", lang: "es" as const },
    ];
    for (const [i, command] of steps.entries()) {
      const r = await crisis.execute(command, { now: T0 + (i + 1) * MINUTE });
      expect(r.accepted ? "ok" : r.refusal.message.en).toBe("ok");
      if (i === 0) {
        // The deadline's minutes come from the deadline itself: `bySeverity` has no own `constructor` entry.
        expect(crisis.state.pending).toEqual([
          {
            key: "constructor.constructor#2",
            state: "constructor",
            deadline: "constructor",
            dueAt: T0 + 31 * MINUTE,
          },
        ]);
      }
    }
    expect(crisis.state.approvals).toEqual({ constructor: ["constructor"] });
    expect(crisis.state.statements.map((s) => s.text)).toEqual(["Estamos en ello."]);
    expect(brandCrisisState(p, crisis.state)).toMatchObject({ active: true, rolesAllowed: ["constructor"] });
    expect((await crisis.execute({ type: "finish", ...who }, { now: T0 + 5 * MINUTE })).accepted).toBe(true);
    expect((await crisis.verify()).ok).toBe(true);
  });

  it("needs the approval of a role named `constructor` before a statement, without false errors", async () => {
    const p = defineProtocol(input);
    const crisis = await Crisis.open(
      new MemoryCrisisEventStore(),
      p,
      { crisisId: "c", brand: "b", ...who },
      T0,
    );
    await crisis.execute({ type: "constructor", ...who, severity: "constructor" }, { now: T0 + MINUTE });
    const r = await crisis.execute(
      { type: "publish", ...who, messageId: "constructor", lang: "en" },
      { now: T0 + 2 * MINUTE },
    );
    expect(!r.accepted && r.refusal.code).toBe("approval_missing");
    expect(!r.accepted && r.refusal.message.en).toBe(
      "Statement 'constructor' still needs the approval of: constructor.",
    );
  });

  it("refuses unknown ids named like prototype members as unknown, in commands and overrides", async () => {
    const p = defineProtocol({ ...input, messages: {} });
    const crisis = await Crisis.open(
      new MemoryCrisisEventStore(),
      p,
      { crisisId: "c", brand: "b", ...who },
      T0,
    );
    const sev = await crisis.execute(
      { type: "constructor", ...who, severity: "toString" },
      { now: T0 + MINUTE },
    );
    expect(!sev.accepted && sev.refusal).toMatchObject({ code: "invalid_payload", path: ["severity"] });
    await crisis.execute({ type: "constructor", ...who, severity: "mild" }, { now: T0 + MINUTE });
    const msg = await crisis.execute(
      { type: "approve", ...who, messageId: "constructor" },
      { now: T0 + 2 * MINUTE },
    );
    expect(!msg.accepted && msg.refusal).toMatchObject({ code: "invalid_payload", path: ["messageId"] });
    expect(() => customizeProtocol(p, { deadlines: { valueOf: { x: { minutes: 1 } } } as never })).toThrow(
      /Unknown state 'valueOf'/,
    );
  });

  it("refuses `__proto__` and `toString` as ids with a clear ProtocolError and the path", () => {
    const withProto = JSON.parse(JSON.stringify(input));
    withProto.roles = JSON.parse(
      '{"__proto__": {"name": {"en": "P", "es": "P"}}, "constructor": {"name": {"en": "C", "es": "C"}}}',
    );
    try {
      defineProtocol(withProto, { locale: "es" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ProtocolError);
      expect((error as ProtocolError).issues).toEqual([
        expect.objectContaining({
          code: "reserved_id",
          pathText: "roles.__proto__",
          message: expect.stringContaining("'__proto__' no es un id válido"),
        }),
      ]);
    }
    const withToString = { ...input, roles: { ...input.roles, toString: { name: t("T", "T") } } };
    expect(() => defineProtocol(withToString)).toThrow(
      "roles.toString: 'toString' is not a valid id: use lowercase letters",
    );
  });
});
