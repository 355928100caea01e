import { describe, expect, it } from "vitest";
import { customizeProtocol } from "./customize-protocol.js";
import { ProtocolError } from "./define-protocol.js";
import { standardProtocol } from "./standard-protocol.js";
import { comms, drive, MINUTE, pathTo } from "./testing.js";
import { transition } from "./transition.js";

describe("customizeProtocol", () => {
  it("changes deadlines, severities, roles allowed and messages, leaving the standard untouched", () => {
    const before = structuredClone(standardProtocol);
    const acme = customizeProtocol(standardProtocol, {
      id: "acme",
      deadlines: {
        containment: {
          "holding-statement": { minutes: 20, bySeverity: { sev1: 10 }, notify: ["executive"] },
        },
      },
      severities: { sev2: { approvals: ["communications", "legal"] } },
      rolesAllowed: { containment: ["crisis-lead"] },
      messages: {
        "holding-contact": null,
        "holding-investigating": { text: { es: "Lo estamos revisando. Novedades en {canal}." } },
      },
      addMessages: {
        "thanks-patience": {
          kind: "statement",
          states: ["recovery"],
          text: { en: "Thanks for your patience." },
        },
      },
    });
    expect(acme.id).toBe("acme");
    const d = acme.states.containment?.deadlines["holding-statement"];
    expect(d?.minutes).toBe(20);
    expect(d?.bySeverity).toEqual({ sev1: 10 });
    expect(d?.escalation?.notify).toEqual(["executive"]);
    expect(acme.severities.sev2?.approvals).toEqual(["communications", "legal"]);
    expect(acme.states.containment?.rolesAllowed).toEqual(["crisis-lead"]);
    expect(acme.messages["holding-contact"]).toBeUndefined();
    expect(acme.messages["holding-investigating"]?.text).toEqual({
      es: "Lo estamos revisando. Novedades en {canal}.",
    });
    expect(acme.messages["thanks-patience"]?.kind).toBe("statement");
    expect(standardProtocol).toEqual(before);
  });

  it("renames roles everywhere they are used", () => {
    const p = customizeProtocol(standardProtocol, {
      renameRoles: { communications: "comms", legal: "juridico" },
    });
    expect(Object.keys(p.roles)).toContain("comms");
    expect(Object.keys(p.roles)).not.toContain("communications");
    expect(p.severities.sev1?.approvals).toEqual(["comms", "juridico"]);
    expect(p.transitions["publish-statement"]?.roles).toEqual(["comms"]);
    const s = drive(p, pathTo("containment"));
    const old = transition(
      p,
      s,
      { type: "publish-holding-statement", ...comms, messageId: "holding-contact", lang: "es" },
      s.updatedAt + MINUTE,
    );
    expect(!old.accepted && old.refusal.code).toBe("role_not_allowed");
    const renamed = transition(
      p,
      s,
      {
        type: "publish-holding-statement",
        actor: "lucia",
        role: "comms",
        messageId: "holding-contact",
        lang: "es",
      },
      s.updatedAt + MINUTE,
    );
    expect(renamed.accepted).toBe(true);
  });

  it("changes who may give a command", () => {
    const p = customizeProtocol(standardProtocol, {
      transitionRoles: { contain: ["crisis-lead", "executive"] },
    });
    expect(p.transitions.contain?.roles).toEqual(["crisis-lead", "executive"]);
  });

  it("rejects overrides of things the protocol does not have, listing each (type errors too)", () => {
    try {
      customizeProtocol(standardProtocol, {
        // @ts-expect-error: 'panic' is not a state of the standard protocol
        deadlines: { panic: { x: { minutes: 1 } }, alert: { nope: { minutes: 1 } } },
        // @ts-expect-error: 'sev0' is not a severity of the standard protocol
        severities: { sev0: { approvals: [] } },
        // @ts-expect-error: 'intern' is not a role of the standard protocol
        transitionRoles: { contain: ["intern"] },
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ProtocolError);
      const found = (e as ProtocolError).issues.map((i) => `${i.code} ${i.pathText}`);
      expect(found).toEqual([
        "unknown_state deadlines.panic",
        "unknown_deadline deadlines.alert.nope",
        "unknown_severity severities.sev0",
      ]);
    }
  });

  it("rejects a customised protocol that becomes invalid (a role unknown after the change), in Spanish", () => {
    try {
      customizeProtocol(standardProtocol, {
        severities: { sev1: { approvals: ["legal"] } },
        deadlines: { alert: { acknowledge: { notify: [] } } },
        locale: "es",
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ProtocolError);
      expect((e as ProtocolError).issues[0]?.pathText).toBe(
        "states.alert.deadlines.acknowledge.escalation.notify",
      );
    }
  });
});
