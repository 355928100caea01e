import { describe, expect, it } from "vitest";
import { NormasError } from "../../model/errors.js";
import { checkProtocol, defineProtocol, ProtocolError } from "./define-protocol.js";
import type { CrisisProtocolInput } from "./protocol-schema.js";
import { standardProtocol } from "./standard-protocol.js";

const name = (en: string) => ({ en, es: en });

const broken: CrisisProtocolInput = {
  id: "broken",
  name: name("Broken"),
  initial: "start",
  roles: { lead: { name: name("Lead") } },
  severities: { high: { name: name("High"), rank: 1, approvals: ["lawyer"] } },
  states: {
    start: {
      name: name("Start"),
      deadlines: {
        ack: { name: name("Ack"), minutes: 10, metBy: ["go"] },
        other: {
          name: name("Other"),
          minutes: 10,
          metBy: ["fly"],
          bySeverity: { extreme: 5 },
          escalation: { notify: ["lead"], to: "limbo" },
        },
      },
    },
    middle: { name: name("Middle") },
    island: { name: name("Island") },
    end: { name: name("End"), terminal: true },
  },
  transitions: {
    go: { command: "go", from: ["start"], to: "middle", roles: ["lead"] },
    again: { command: "go", from: ["start"], to: "end", roles: ["ghost"] },
    nowhere: { command: "leave", from: ["middle"], to: "nowhere", roles: ["lead"] },
    undead: { command: "revive", from: ["end"], to: "start", roles: ["lead"] },
  },
  messages: { hold: { kind: "holding", states: ["void"], text: { en: "Hold on." } } },
};

describe("defineProtocol", () => {
  it("accepts the standard protocol and finds nothing wrong with it", () => {
    expect(checkProtocol(standardProtocol)).toEqual([]);
    expect(standardProtocol.initial).toBe("monitoring");
    expect(Object.keys(standardProtocol.states)).toEqual([
      "monitoring",
      "alert",
      "assessment",
      "containment",
      "response",
      "recovery",
      "post-mortem",
      "closed",
    ]);
  });

  it("gives every state, role, severity and deadline a name in English and Spanish", () => {
    const named = [
      ...Object.values(standardProtocol.states),
      ...Object.values(standardProtocol.roles),
      ...Object.values(standardProtocol.severities),
      ...Object.values(standardProtocol.states).flatMap((s) => Object.values(s.deadlines)),
    ];
    for (const n of named) {
      expect(n.name.en.length).toBeGreaterThan(0);
      expect(n.name.es.length).toBeGreaterThan(0);
    }
    for (const m of Object.values(standardProtocol.messages)) {
      expect(m.text.en).toBeDefined();
      expect(m.text.es).toBeDefined();
    }
  });

  it("rejects a protocol listing every problem, with codes and paths", () => {
    let error: unknown;
    try {
      defineProtocol(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProtocolError);
    expect(error).toBeInstanceOf(NormasError);
    const e = error as ProtocolError;
    expect(e.code).toBe("PROTOCOL_INVALID");
    const found = e.issues.map((i) => `${i.code} ${i.pathText}`).sort();
    expect(found).toEqual(
      [
        "ambiguous_transition transitions.again.from[0]",
        "dead_end_state states.island",
        "deadline_without_escalation states.start.deadlines.ack",
        "terminal_with_exit states.end",
        "unknown_command states.start.deadlines.other.metBy[0]",
        "unknown_role severities.high.approvals[0]",
        "unknown_role transitions.again.roles[0]",
        "unknown_severity states.start.deadlines.other.bySeverity.extreme",
        "unknown_state messages.hold.states[0]",
        "unknown_state states.start.deadlines.other.escalation.to",
        "unknown_state transitions.nowhere.to",
        "unreachable_state states.island",
      ].sort(),
    );
    expect(e.message).toContain("Invalid crisis protocol");
    expect(e.toJSON().issues).toHaveLength(12);
  });

  it("writes the problems in Spanish when asked", () => {
    try {
      defineProtocol(broken, { locale: "es" });
      expect.unreachable();
    } catch (e) {
      const messages = (e as ProtocolError).issues.map((i) => i.message);
      expect(messages).toContain("No se puede llegar al estado 'island' desde el estado inicial.");
      expect(messages).toContain("El plazo 'start.ack' no tiene a quién escalar.");
      expect(messages).toContain("El estado 'nowhere' no existe.");
      expect(messages).toContain("El rol 'ghost' no existe.");
    }
  });

  it("rejects a malformed protocol with zod's issues as normas issues", () => {
    const bad = {
      ...broken,
      initial: 42,
      roles: { "Bad Id": { name: name("x") } },
    } as unknown as CrisisProtocolInput;
    try {
      defineProtocol(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ProtocolError);
      const paths = (e as ProtocolError).issues.map((i) => i.pathText);
      expect(paths).toContain("initial");
      expect(paths.some((p) => p.startsWith("roles"))).toBe(true);
    }
  });

  it("rejects a message with no text in any language", () => {
    const input = {
      ...standardProtocol,
      messages: { empty: { kind: "holding", states: ["containment"], text: {} } },
    };
    try {
      defineProtocol(input as CrisisProtocolInput, { locale: "es" });
      expect.unreachable();
    } catch (e) {
      const issue = (e as ProtocolError).issues[0];
      expect(issue?.code).toBe("missing_text");
      expect(issue?.message).toBe("Da el texto al menos en un idioma.");
    }
  });
});
