import { describe, expect, it } from "vitest";
import type { CrisisCommand } from "./command.js";
import { openCrisis } from "./lifecycle.js";
import type { CrisisProtocol } from "./protocol-schema.js";
import { standardProtocol } from "./standard-protocol.js";
import { cm, comms, drive, exec, lead, legal, MINUTE, pathTo, T0 } from "./testing.js";
import { transition } from "./transition.js";

const P: CrisisProtocol = standardProtocol;
const at = (state: ReturnType<typeof drive>, command: CrisisCommand, minutes = 1) =>
  transition(P, state, command, state.updatedAt + minutes * MINUTE);

describe("transition: the standard path", () => {
  it("takes every step from monitoring to closed, each to the declared state", () => {
    const expected = [
      "alert",
      "assessment",
      "assessment",
      "assessment",
      "containment",
      "containment",
      "response",
      "response",
      "response",
      "response",
      "recovery",
      "recovery",
      "post-mortem",
      "post-mortem",
      "closed",
    ];
    let s = openCrisis(P, { crisisId: "c1", brand: "acme-es", ...cm }, T0).state;
    expect(s.state).toBe("monitoring");
    pathTo("*", "sev1").forEach((c, i) => {
      const r = at(s, c);
      expect(r.accepted, c.type).toBe(true);
      if (!r.accepted) return;
      expect(r.state.state).toBe(expected[i]);
      expect(r.events.at(-1)?.seq).toBe(s.version + 1);
      expect(r.events.at(-1)?.actor).toBe(c.actor);
      expect(r.events.at(-1)?.role).toBe(c.role);
      s = r.state;
    });
    expect(s.lessons).toEqual([{ lesson: "Faster holding", owner: "lucia" }]);
  });

  it("records the topics, severity and lead the commands set", () => {
    const s = drive(P, pathTo("containment", "sev1"));
    expect(s.topics).toEqual(["retraso", "delay"]);
    expect(s.severity).toBe("sev1");
    expect(s.lead).toBe("jorge");
  });

  it("pauses publishing on containment and resumes it in recovery", () => {
    const contained = drive(P, pathTo("containment"));
    expect(contained.publishingPaused).toBe(true);
    const rec = drive(P, pathTo("recovery"));
    expect(rec.publishingPaused).toBe(true);
    const r = at(rec, { type: "resume-publishing", ...comms });
    expect(r.accepted && r.state.publishingPaused).toBe(false);
    expect(r.accepted && r.effects).toEqual([{ kind: "resume-publishing" }]);
  });

  it("returns the effects declared as data: notify, pause, notify the approvers of the severity", () => {
    const s = drive(
      P,
      pathTo("assessment").concat([
        { type: "set-severity", ...lead, severity: "sev1" },
        { type: "assign-lead", ...lead, lead: "jorge" },
      ]),
    );
    const r = at(s, { type: "contain", ...lead });
    expect(r.accepted && r.effects).toEqual([
      { kind: "pause-publishing" },
      { kind: "notify", roles: ["communications", "legal"] },
    ]);
    const alert = at(drive(P, []), { type: "raise-alert", ...cm });
    expect(alert.accepted && alert.effects).toEqual([{ kind: "notify", roles: ["crisis-lead"] }]);
  });

  it("publishes a holding statement in Spanish with its slots filled", () => {
    const s = drive(P, pathTo("containment"));
    const r = at(s, {
      type: "publish-holding-statement",
      ...comms,
      messageId: "holding-investigating",
      lang: "es",
      slots: { canal: "nuestra web", fecha: "12 de mayo" },
    });
    expect(r.accepted).toBe(true);
    if (!r.accepted) return;
    const text =
      "Conocemos la situación y la estamos investigando. Daremos más información en nuestra web antes del 12 de mayo.";
    expect(r.effects).toEqual([
      { kind: "publish-statement", messageId: "holding-investigating", lang: "es", text },
    ]);
    expect(r.state.statements).toEqual([
      { messageId: "holding-investigating", kind: "holding", lang: "es", text, at: r.events.at(-1)?.at },
    ]);
  });

  it("goes back to monitoring on a false alarm, forgetting the incident data", () => {
    const s = drive(P, pathTo("assessment").concat([{ type: "set-severity", ...lead, severity: "sev3" }]));
    const r = at(s, {
      type: "dismiss-false-alarm",
      ...lead,
      reason: "Una broma de un usuario / a user's joke",
    });
    expect(r.accepted).toBe(true);
    if (!r.accepted) return;
    expect(r.state.state).toBe("monitoring");
    expect(r.state.severity).toBeNull();
    expect(r.state.topics).toEqual([]);
    expect(r.state.pending).toEqual([]);
  });

  it("de-escalates from containment straight to recovery", () => {
    const s = drive(P, pathTo("response").slice(0, -1));
    expect(s.state).toBe("containment");
    const r = at(s, { type: "de-escalate", ...lead, reason: "Resolved within the hour" });
    expect(r.accepted && r.state.state).toBe("recovery");
  });

  it("reopens a recovering crisis into containment and pauses publishing again", () => {
    const s = drive(P, pathTo("recovery").concat([{ type: "resume-publishing", ...lead }]));
    const r = at(s, { type: "reopen", ...lead, reason: "New leak found" });
    expect(r.accepted && r.state.state).toBe("containment");
    expect(r.accepted && r.state.publishingPaused).toBe(true);
  });

  it("lets the executive assign the lead", () => {
    const s = drive(P, pathTo("assessment"));
    expect(at(s, { type: "assign-lead", ...exec, lead: "elena" }).accepted).toBe(true);
  });
});

describe("transition: refusals, in English and Spanish", () => {
  it("refuses an unknown command", () => {
    const r = at(drive(P, []), { type: "panic", ...lead });
    expect(r.accepted).toBe(false);
    if (r.accepted) return;
    expect(r.refusal.code).toBe("unknown_command");
    expect(r.refusal.message.en).toBe("The protocol has no command 'panic'.");
    expect(r.refusal.message.es).toBe("El protocolo no tiene el comando 'panic'.");
  });

  it("refuses a known command outside its states (closing from recovery)", () => {
    const r = at(drive(P, pathTo("recovery")), { type: "close", ...lead });
    expect(!r.accepted && r.refusal.code).toBe("not_allowed_in_state");
    expect(!r.accepted && r.refusal.message.es).toBe("'close' no se puede dar en el estado 'recovery'.");
  });

  it("refuses a command from a role that may not give it", () => {
    const r = at(drive(P, pathTo("assessment")), { type: "contain", ...cm });
    expect(r.accepted).toBe(false);
    if (r.accepted) return;
    expect(r.refusal.code).toBe("role_not_allowed");
    expect(r.refusal.details).toEqual({ role: "community-manager", allowed: "crisis-lead" });
    expect(r.refusal.message.en).toContain("Role 'community-manager' may not give 'contain'");
    expect(r.refusal.message.es).toContain("El rol 'community-manager' no puede dar 'contain'");
  });

  it("refuses containment before a severity is set (guard)", () => {
    const r = at(drive(P, pathTo("assessment")), { type: "contain", ...lead });
    expect(!r.accepted && r.refusal.code).toBe("guard_failed");
    expect(!r.accepted && r.refusal.details.guard).toBe("severity-set");
    expect(!r.accepted && r.refusal.message.es).toBe(
      "'contain' requiere antes fijar la severidad (severity-set).",
    );
  });

  it("refuses containment without an incident lead (guard)", () => {
    const s = drive(P, pathTo("assessment").concat([{ type: "set-severity", ...lead, severity: "sev2" }]));
    const r = at(s, { type: "contain", ...lead });
    expect(!r.accepted && r.refusal.details.guard).toBe("lead-assigned");
    expect(!r.accepted && r.refusal.message.en).toBe(
      "'contain' needs an incident lead first (lead-assigned).",
    );
  });

  it("refuses to respond before the holding statement, to recover before a statement, to close without lessons", () => {
    const guards: [string, CrisisCommand, string][] = [
      ["containment", { type: "respond", ...lead }, "holding-statement-published"],
      ["response", { type: "recover", ...lead }, "statement-published"],
      ["recovery", { type: "start-post-mortem", ...lead }, "publishing-resumed"],
      ["post-mortem", { type: "close", ...lead }, "lessons-recorded"],
    ];
    for (const [state, command, guard] of guards) {
      const r = at(drive(P, pathTo(state)), command);
      expect(!r.accepted && r.refusal.code, command.type).toBe("guard_failed");
      expect(!r.accepted && r.refusal.details.guard, command.type).toBe(guard);
    }
  });

  it("refuses a statement without legal approval at the highest severity", () => {
    const s = drive(
      P,
      pathTo("response", "sev1").concat([
        { type: "approve-statement", ...comms, messageId: "update-measures" },
      ]),
    );
    const command: CrisisCommand = {
      type: "publish-statement",
      ...comms,
      messageId: "update-measures",
      lang: "es",
      slots: { que: "un retraso", medidas: "reembolsos", enlace: "acme.example" },
    };
    const r = at(s, command);
    expect(r.accepted).toBe(false);
    if (r.accepted) return;
    expect(r.refusal.code).toBe("approval_missing");
    expect(r.refusal.details.missing).toBe("legal");
    expect(r.refusal.message.es).toBe(
      "El comunicado 'update-measures' aún necesita la aprobación de: legal.",
    );
    expect(r.refusal.message.en).toBe("Statement 'update-measures' still needs the approval of: legal.");
    const approved = at(s, { type: "approve-statement", ...legal, messageId: "update-measures" });
    expect(approved.accepted && at(approved.state, command).accepted).toBe(true);
  });

  it("needs only communications' approval at a serious (sev2) severity", () => {
    const s = drive(
      P,
      pathTo("response", "sev2").concat([
        { type: "approve-statement", ...comms, messageId: "apology-resolved" },
      ]),
    );
    const r = at(s, {
      type: "publish-statement",
      ...comms,
      messageId: "apology-resolved",
      lang: "en",
      slots: { what: "the delay", date: "Monday" },
    });
    expect(r.accepted).toBe(true);
  });

  it("refuses a statement with an empty slot", () => {
    const r = at(drive(P, pathTo("containment")), {
      type: "publish-holding-statement",
      ...comms,
      messageId: "holding-investigating",
      lang: "en",
      slots: { channel: "X" },
    });
    expect(!r.accepted && r.refusal.code).toBe("slot_missing");
    expect(!r.accepted && r.refusal.message.en).toBe(
      "Statement 'holding-investigating' has empty slots: date.",
    );
    expect(!r.accepted && r.refusal.message.es).toBe(
      "Al comunicado 'holding-investigating' le faltan huecos por rellenar: date.",
    );
  });

  it("refuses a message that is unknown, of the wrong kind, or not usable in this state", () => {
    const s = drive(P, pathTo("containment"));
    const unknown = at(s, { type: "publish-holding-statement", ...comms, messageId: "nope", lang: "en" });
    expect(!unknown.accepted && unknown.refusal.code).toBe("message_not_allowed");
    expect(!unknown.accepted && unknown.refusal.details.problem).toBe("unknown");
    const kind = at(s, {
      type: "publish-holding-statement",
      ...comms,
      messageId: "update-measures",
      lang: "en",
    });
    expect(!kind.accepted && kind.refusal.details.problem).toBe("kind statement");
  });

  it("refuses a payload that is missing or wrong", () => {
    const a = drive(P, pathTo("assessment"));
    const sev = at(a, { type: "set-severity", ...lead, severity: "sev9" });
    expect(!sev.accepted && sev.refusal.code).toBe("invalid_payload");
    expect(!sev.accepted && sev.refusal.details.field).toBe("severity");
    expect(!sev.accepted && sev.refusal.message.es).toBe("'set-severity' necesita un 'severity' válido.");
    const leadless = at(a, { type: "assign-lead", ...lead });
    expect(!leadless.accepted && leadless.refusal.details.field).toBe("lead");
    const noReason = at(a, { type: "dismiss-false-alarm", ...lead });
    expect(!noReason.accepted && noReason.refusal.details.field).toBe("reason");
    const approval = at(drive(P, pathTo("response")), {
      type: "approve-statement",
      ...legal,
      messageId: "nope",
    });
    expect(!approval.accepted && approval.refusal.details.field).toBe("messageId");
    const lessons = at(drive(P, pathTo("post-mortem")), { type: "record-lessons", ...lead });
    expect(!lessons.accepted && lessons.refusal.details.field).toBe("lessons");
  });

  it("refuses a command whose fields have the wrong type instead of crashing", () => {
    const s = drive(P, pathTo("assessment"));
    const bad = { type: "set-severity", ...lead, severity: 1 } as unknown as CrisisCommand;
    const r = at(s, bad);
    expect(!r.accepted && r.refusal.code).toBe("invalid_command");
    expect(!r.accepted && r.refusal.path).toEqual(["severity"]);
    expect(!r.accepted && r.refusal.issues.map((i) => i.pathText)).toEqual(["severity"]);
    expect(!r.accepted && r.refusal.message.es).toBe(
      "El comando no es válido: severity: 'severity' tiene un tipo incorrecto.",
    );
    expect(!r.accepted && r.refusal.message.en).toBe(
      "The command is not valid: severity: 'severity' has the wrong type.",
    );
    const none = at(s, null as unknown as CrisisCommand);
    expect(!none.accepted && none.refusal.code).toBe("invalid_command");
  });

  it("refuses everything in the terminal state", () => {
    const closed = drive(P, pathTo("*"));
    expect(closed.state).toBe("closed");
    for (const t of Object.values(P.transitions)) {
      const r = at(closed, { type: t.command, ...lead });
      expect(!r.accepted && r.refusal.code).toBe("not_allowed_in_state");
    }
  });

  it("does not change the state it was given", () => {
    const s = drive(P, pathTo("assessment"));
    const copy = structuredClone(s);
    at(s, { type: "set-severity", ...lead, severity: "sev1" });
    at(s, { type: "contain", ...lead });
    expect(s).toEqual(copy);
  });
});
