import { describe, expect, it } from "vitest";
import { InputError } from "../../model/errors.js";
import { airlineDataLeakDrill } from "../../samples/airline-data-leak.js";
import { customizeProtocol } from "./customize-protocol.js";
import { runDrill } from "./drill.js";
import { standardProtocol } from "./standard-protocol.js";

describe("runDrill: the airline data-leak drill", () => {
  const report = runDrill(standardProtocol, airlineDataLeakDrill);

  it("walks the crisis from monitoring to closed", () => {
    expect(report.entries[0]?.kind).toBe("opened");
    expect(report.final.state).toBe("closed");
    expect(report.verify.ok).toBe(true);
    expect(report.events).toHaveLength(report.summary.accepted + report.summary.deadlinesEscalated + 1);
  });

  it("shows each refusal with its reason in both languages", () => {
    const refusals = report.entries.filter((e) => e.kind === "refusal");
    expect(refusals.map((e) => [e.minute, e.refusal?.code])).toEqual([
      [9, "role_not_allowed"],
      [11, "guard_failed"],
      [24, "slot_missing"],
      [70, "approval_missing"],
      [250, "not_allowed_in_state"],
      [255, "role_not_allowed"],
    ]);
    expect(refusals[3]?.refusal?.message.es).toBe(
      "El comunicado 'update-measures' aún necesita la aprobación de: communications, legal.",
    );
    expect(refusals[3]?.refusal?.message.en).toBe(
      "Statement 'update-measures' still needs the approval of: communications, legal.",
    );
  });

  it("escalates the late holding statement at its due minute and counts the deadlines met", () => {
    const escalations = report.entries.filter((e) => e.kind === "escalation");
    expect(escalations).toHaveLength(1);
    expect(escalations[0]?.minute).toBe(48);
    expect(escalations[0]?.deadlines.escalated[0]?.name.es).toBe("Publicar el mensaje de espera");
    expect(escalations[0]?.effects).toEqual([{ kind: "notify", roles: ["crisis-lead", "executive"] }]);
    expect(report.summary).toEqual({
      accepted: 15,
      refused: 6,
      deadlinesMet: 4,
      deadlinesEscalated: 1,
      deadlinesCancelled: 0,
    });
    const met = report.entries.flatMap((e) => e.deadlines.met.map((d) => d.deadline));
    expect(met).toEqual(["acknowledge", "assess", "first-statement", "lessons"]);
  });

  it("publishes the holding statement in Spanish with its slots filled", () => {
    const published = report.entries.flatMap((e) => e.effects).filter((f) => f.kind === "publish-statement");
    expect(published[0]).toMatchObject({
      messageId: "holding-investigating",
      lang: "es",
      text: "Conocemos la situación y la estamos investigando. Daremos más información en nuestra web antes del 12 de mayo a las 14:00.",
    });
  });

  it("gives a different timeline under a customised protocol (a 60-minute holding deadline is met)", () => {
    const relaxed = customizeProtocol(standardProtocol, {
      deadlines: { containment: { "holding-statement": { bySeverity: {} } } },
    });
    const r = runDrill(relaxed, airlineDataLeakDrill);
    expect(r.summary.deadlinesEscalated).toBe(0);
    expect(r.summary.deadlinesMet).toBe(5);
  });

  it("rejects a script whose steps are out of time order", () => {
    const bad = { ...airlineDataLeakDrill, steps: [...airlineDataLeakDrill.steps].reverse() };
    expect(() => runDrill(standardProtocol, bad)).toThrow(InputError);
  });
});
