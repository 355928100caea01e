import { describe, expect, it } from "vitest";
import { InputError } from "../../../model/errors.js";
import { defineProtocol } from "../define-protocol.js";
import { standardProtocol } from "../standard-protocol.js";
import { renderProtocol } from "./render-protocol.js";

// The standard protocol with hostile names: quotes, colons, a newline, and two ids that sanitise alike.
const hostile = defineProtocol({
  ...standardProtocol,
  id: "hostile",
  name: { en: 'Crisis "A": test\nnext', es: "Crisis" },
  states: {
    ...standardProtocol.states,
    alert: { ...standardProtocol.states.alert, name: { en: 'Alert: "red" <b>#1</b>', es: "Alerta" } },
  },
});

describe("renderProtocol", () => {
  it("draws every transition with its roles, guards, reason and the approvals of a statement (mermaid)", () => {
    const text = renderProtocol(standardProtocol);
    expect(text.startsWith("stateDiagram-v2\n")).toBe(true);
    expect(text).toContain("[*] --> s_monitoring");
    expect(text).toContain("s_closed --> [*]");
    expect(text).toContain(
      "s_assessment --> s_containment : contain<br/>roles#58; crisis-lead<br/>if#58; severity-set, lead-assigned",
    );
    expect(text).toContain(
      "s_alert --> s_monitoring : dismiss-false-alarm<br/>roles#58; crisis-lead<br/>reason required",
    );
    expect(text).toMatch(/s_response --> s_response : publish-statement.*sev1 communications \+ legal/);
    const edges = text.split("\n").filter((l) => l.includes(" --> ") && !l.includes("[*]"));
    const fromCount = Object.values(standardProtocol.transitions).reduce((n, t) => n + t.from.length, 0);
    const deadlines = Object.values(standardProtocol.states).reduce(
      (n, s) => n + Object.keys(s.deadlines).length,
      0,
    );
    expect(edges).toHaveLength(fromCount + deadlines);
  });

  it("draws deadlines with their minutes by severity and whom they alert, in Spanish too", () => {
    expect(renderProtocol(standardProtocol)).toMatch(
      /s_containment --> s_containment : ⏱ holding-statement#58; 60 min \(sev1 30 min, sev2 45 min\)/,
    );
    const es = renderProtocol(standardProtocol, { locale: "es" });
    expect(es).toContain('state "Contención (containment)" as s_containment');
    expect(es).toContain("escala a#58; crisis-lead, executive");
  });

  it("escapes names so that no protocol text becomes diagram syntax", () => {
    const mermaid = renderProtocol(hostile);
    expect(mermaid).toContain('state "Alert#58; #34;red#34; #60;b#62;#35;1#60;/b#62; (alert)" as s_alert');
    expect(mermaid.split("\n")[1]).toBe("  %% Crisis #34;A#34;#58; test next (hostile v1)");
    const dot = renderProtocol(hostile, { format: "dot" });
    expect(dot).toContain('label="Crisis \\"A\\": test next (hostile v1)"');
    expect(dot).toContain('"alert" [label="Alert: \\"red\\" <b>#1</b>\\n(alert)"]');
  });

  it("numbers state ids that would collide once made Mermaid-safe", () => {
    const twins = defineProtocol({
      ...standardProtocol,
      states: {
        ...standardProtocol.states,
        "post.mortem": { name: { en: "Twin", es: "Gemelo" }, terminal: true },
      },
      transitions: {
        ...standardProtocol.transitions,
        twin: { command: "twin", from: ["recovery"], to: "post.mortem", roles: ["crisis-lead"] },
      },
    });
    const text = renderProtocol(twins);
    expect(text).toContain('state "Post-mortem (post-mortem)" as s_post_mortem\n');
    expect(text).toContain('state "Twin (post.mortem)" as s_post_mortem_2\n');
  });

  it("writes an XState machine config: states, guarded transitions, effects as actions, deadlines as delays", () => {
    const config = JSON.parse(renderProtocol(standardProtocol, { format: "json" }));
    expect(config.id).toBe("standard");
    expect(config.initial).toBe("monitoring");
    expect(Object.keys(config.states)).toEqual(Object.keys(standardProtocol.states));
    expect(config.states.closed.type).toBe("final");
    expect(config.states.assessment.on.contain).toMatchObject({
      target: "containment",
      guard: {
        type: "allowed",
        params: { roles: ["crisis-lead"], guards: ["severity-set", "lead-assigned"] },
      },
    });
    expect(config.states.assessment.on["set-severity"].target).toBe("assessment");
    expect(config.states.alert.after["900000"]).toEqual([
      expect.objectContaining({
        actions: [
          { type: "escalate", params: { deadline: "acknowledge", notify: ["crisis-lead", "executive"] } },
        ],
      }),
    ]);
    expect(config.states.containment.on.contain).toBeUndefined();
  });

  it("refuses an unknown format or locale with a typed error and its path", () => {
    try {
      renderProtocol(standardProtocol, { format: "svg" as never, locale: "fr" as never });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).issues.map((i) => i.pathText)).toEqual(["format", "locale"]);
    }
  });
});
