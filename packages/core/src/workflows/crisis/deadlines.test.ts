import { describe, expect, it } from "vitest";
import { customizeProtocol } from "./customize-protocol.js";
import { defineProtocol } from "./define-protocol.js";
import { fireDeadlines as fireStep, openCrisis } from "./lifecycle.js";
import type { CrisisProtocol, CrisisProtocolInput } from "./protocol-schema.js";
import { standardProtocol } from "./standard-protocol.js";
import { cm, comms, drive, lead, MINUTE, pathTo, T0 } from "./testing.js";
import { transition } from "./transition.js";

const P: CrisisProtocol = standardProtocol;

/** `fireDeadlines`, accepted (these tests give it valid times). */
function fireDeadlines(...args: Parameters<typeof fireStep>) {
  const r = fireStep(...args);
  if (!r.accepted) throw new Error(r.refusal.message.en);
  return r;
}

describe("deadlines", () => {
  it("starts the alert deadline on raising an alert (15 minutes) and meets it by starting the assessment", () => {
    const alert = drive(P, pathTo("alert"));
    expect(alert.pending).toEqual([
      { key: "alert.acknowledge#2", state: "alert", deadline: "acknowledge", dueAt: T0 + 16 * MINUTE },
    ]);
    const r = transition(P, alert, { type: "start-assessment", ...lead }, T0 + 5 * MINUTE);
    expect(r.accepted && r.events.at(-1)?.met).toEqual(["alert.acknowledge#2"]);
    expect(r.accepted && r.state.pending.map((p) => p.deadline)).toEqual(["assess"]);
  });

  it("uses the severity's deadline: 30 minutes for the holding statement at sev1, 45 at sev2, 60 at sev3", () => {
    for (const [sev, minutes] of [
      ["sev1", 30],
      ["sev2", 45],
      ["sev3", 60],
    ] as const) {
      const s = drive(P, pathTo("containment", sev));
      expect(s.pending).toHaveLength(1);
      expect(s.pending[0]?.dueAt).toBe(s.enteredAt + minutes * MINUTE);
    }
  });

  it("escalates an overdue deadline once, notifying the escalation roles", () => {
    const s = drive(P, pathTo("containment", "sev1"));
    const due = s.pending[0]?.dueAt as number;
    expect(fireDeadlines(P, s, due - 1).events).toEqual([]);
    const fired = fireDeadlines(P, s, due + 5 * MINUTE);
    expect(fired.events).toHaveLength(1);
    const e = fired.events[0];
    expect(e?.kind).toBe("escalation");
    expect(e?.actor).toBe("system");
    expect(e?.data).toEqual({ deadline: s.pending[0]?.key, dueAt: due });
    expect(e?.reason).toBe("deadline containment.holding-statement overdue");
    expect(fired.effects).toEqual([{ kind: "notify", roles: ["crisis-lead", "executive"] }]);
    expect(fired.state.pending).toEqual([]);
    expect(fireDeadlines(P, fired.state, due + 60 * MINUTE).events).toEqual([]);
  });

  it("meets the deadline when the statement is published in time, so nothing escalates", () => {
    const s = drive(P, pathTo("response", "sev1").slice(0, -1));
    expect(s.state).toBe("containment");
    expect(s.pending).toEqual([]);
    expect(fireDeadlines(P, s, s.updatedAt + 1000 * MINUTE).events).toEqual([]);
  });

  it("cancels a state's deadlines when the crisis leaves it", () => {
    const a = drive(P, pathTo("alert"));
    const r = transition(P, a, { type: "dismiss-false-alarm", ...lead, reason: "bot" }, T0 + 3 * MINUTE);
    expect(r.accepted && r.state.pending).toEqual([]);
  });

  it("escalates several overdue deadlines in due order, and an escalation may move the state", () => {
    const input: CrisisProtocolInput = {
      id: "two-timers",
      name: { en: "Two timers", es: "Dos plazos" },
      initial: "a",
      roles: { boss: { name: { en: "Boss", es: "Jefa" } } },
      severities: { high: { name: { en: "High", es: "Alta" }, rank: 1 } },
      states: {
        a: {
          name: { en: "A", es: "A" },
          deadlines: {
            late: {
              name: { en: "Late", es: "Tarde" },
              minutes: 20,
              metBy: ["go"],
              escalation: { notify: ["boss"], to: "b" },
            },
            soon: {
              name: { en: "Soon", es: "Pronto" },
              minutes: 10,
              metBy: ["go"],
              escalation: { notify: ["boss"] },
            },
          },
        },
        b: { name: { en: "B", es: "B" }, terminal: true },
      },
      transitions: { go: { command: "go", from: ["a"], to: "b", roles: ["boss"] } },
    };
    const p = defineProtocol(input);
    const s = openCrisis(p, { crisisId: "x", brand: "b", actor: "ana", role: "boss" }, T0).state;
    const fired = fireDeadlines(p, s, T0 + 60 * MINUTE);
    expect(fired.events.map((e) => e.data.deadline)).toEqual(["a.soon#1", "a.late#1"]);
    expect(fired.state.state).toBe("b");
    expect(fired.events[1]?.to).toBe("b");
  });

  it("follows a customised deadline", () => {
    const p = customizeProtocol(P, { deadlines: { alert: { acknowledge: { minutes: 5 } } } });
    const s = drive(p, pathTo("alert"));
    expect(s.pending[0]?.dueAt).toBe(s.enteredAt + 5 * MINUTE);
  });

  it("names each deadline in English and Spanish", () => {
    const d = standardProtocol.states.containment.deadlines["holding-statement"];
    expect(d?.name).toEqual({ en: "Publish the holding statement", es: "Publicar el mensaje de espera" });
  });
});

describe("fireDeadlines: the step contract, with the clock checked", () => {
  it("refuses a bad time and a clock going back, in both languages", () => {
    const s = drive(P, pathTo("alert"));
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 1e20, "soon", undefined, new Date()]) {
      const r = fireStep(P, s, bad as never);
      expect(!r.accepted && r.refusal.code).toBe("invalid_time");
      expect(!r.accepted && r.refusal.path).toEqual(["now"]);
    }
    const back = fireStep(P, s, s.updatedAt - 1);
    expect(!back.accepted && back.refusal.code).toBe("clock_went_back");
    expect(!back.accepted && back.refusal.message.es).toContain("es anterior al último evento");
    expect(!back.accepted && back.refusal.message.en).toContain("is earlier than the last event");
  });
});

describe("standard protocol coverage", () => {
  it("takes every transition of the standard protocol in some scenario", () => {
    const taken = new Set<string>();
    const run = (commands: ReturnType<typeof pathTo>) => {
      let s = openCrisis(P, { crisisId: "c", brand: "b", ...cm }, T0).state;
      commands.forEach((c, i) => {
        const r = transition(P, s, c, T0 + (i + 1) * MINUTE);
        if (!r.accepted) throw new Error(`${c.type}: ${r.refusal.message.en}`);
        taken.add(r.events.at(-1)?.transition as string);
        s = r.state;
      });
    };
    run(pathTo("*", "sev1"));
    run([...pathTo("alert"), { type: "dismiss-false-alarm", ...lead, reason: "joke" }]);
    run([
      ...pathTo("response"),
      { type: "de-escalate", ...lead, reason: "fixed" },
      { type: "reopen", ...lead, reason: "again" },
    ]);
    run([...pathTo("assessment"), { type: "assign-lead", actor: "elena", role: "executive", lead: "elena" }]);
    run([...pathTo("recovery"), { type: "resume-publishing", ...comms }]);
    expect([...taken].sort()).toEqual(Object.keys(P.transitions).sort());
  });
});
