import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CrisisProtocol, standardProtocol } from "@normas/core";
import { runDrill } from "@normas/core/crisis";
import { airlineDataLeakDrill } from "@normas/core/samples";
import { beforeAll, describe, it } from "vitest";
import { ensureBuilt, normas } from "./run-normas.js";

beforeAll(ensureBuilt, 180_000);

describe.concurrent("normas crisis drill", () => {
  it("prints the airline data-leak timeline: states, refusals, deadlines met and escalated", async ({
    expect,
  }) => {
    const r = await normas(["crisis", "drill", "standard", "--script", "airline-data-leak.jsonl"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchSnapshot();
    expect(r.stdout).toContain("+0:09    ✖ contain refused  marta (community-manager)");
    expect(r.stdout).toContain("⏰ missed");
    expect(r.stdout).toContain("Final state: closed");
  });

  it("tells the same story as runDrill on the drill data of @normas/core", async ({ expect }) => {
    const r = await normas(["crisis", "drill", "standard", "-s", "airline-data-leak.jsonl", "-f", "json"]);
    const report = JSON.parse(r.stdout);
    const expected = runDrill(standardProtocol, airlineDataLeakDrill);
    expect(report.summary).toEqual(expected.summary);
    expect(report.entries.map((e: { kind: string; state: string }) => [e.kind, e.state])).toEqual(
      expected.entries.map((e) => [e.kind, e.state]),
    );
    expect(report.verify.ok).toBe(true);
  });

  it("runs a protocol given as a file, here the standard one with a shorter holding-statement deadline", async ({
    expect,
  }) => {
    const dir = mkdtempSync(join(tmpdir(), "normas-drill-"));
    // The standard protocol as data, with 5 minutes (instead of 30) for a critical crisis's holding statement.
    const faster = structuredClone(standardProtocol) as CrisisProtocol;
    const deadline = faster.states.containment?.deadlines["holding-statement"];
    if (deadline?.bySeverity === undefined) throw new Error("the standard protocol changed shape");
    deadline.bySeverity.sev1 = 5;
    writeFileSync(join(dir, "acme.json"), JSON.stringify(faster));
    const r = await normas([
      "crisis",
      "drill",
      join(dir, "acme.json"),
      "-s",
      "airline-data-leak.jsonl",
      "-f",
      "json",
    ]);
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toEqual(runDrill(faster, airlineDataLeakDrill).summary);
    const escalation = report.entries.find((e: { kind: string }) => e.kind === "escalation");
    expect(escalation.minute).toBe(23); // contained at minute 18, 5 minutes to publish the holding statement
  });

  it("writes the timeline in Spanish with --lang es", async ({ expect }) => {
    const r = await normas(["crisis", "drill", "standard", "-s", "airline-data-leak.jsonl", "--lang", "es"]);
    expect(r.stdout).toContain(
      "Filtración de datos de pasajeros de una aerolínea — Protocolo de crisis estándar",
    );
    expect(r.stdout).toContain("✖ contain rechazado");
    expect(r.stdout).toContain("Estado final: closed");
  });

  it("shows control characters from the script as visible escapes, never raw, in both languages", async ({
    expect,
  }) => {
    const dir = mkdtempSync(join(tmpdir(), "normas-drill-"));
    const esc = "\u001b]0;pwned\u0007\u001b[2J";
    const header = {
      id: "esc",
      title: { en: `Title ${esc}`, es: `Título ${esc}` },
      crisisId: "c",
      brand: "b",
      start: "2026-05-12T09:00:00Z",
      open: { actor: `ana${esc}`, role: "community-manager" },
      endMinute: 5,
    };
    const step = {
      minute: 1,
      command: { type: `raise-alert${esc}`, actor: `ana\u202e`, role: "community-manager" },
      note: { en: `note ${esc}`, es: `nota ${esc}` },
    };
    writeFileSync(join(dir, "esc.jsonl"), `${JSON.stringify(header)}\n${JSON.stringify(step)}\n`);
    for (const lang of ["en", "es"]) {
      const r = await normas(["crisis", "drill", "standard", "-s", join(dir, "esc.jsonl"), "--lang", lang]);
      expect(r.code).toBe(0);
      const raw = [...r.stdout].filter((ch) => {
        const c = ch.charCodeAt(0);
        return (c < 0x20 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e);
      });
      expect(raw).toEqual([]);
      expect(r.stdout).toContain("\\u{1b}]0;pwned\\u{7}");
      expect(r.stdout).toContain("\\u{202e}");
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("names the script line of an invalid step and exits 2", async ({ expect }) => {
    const r = await normas(["crisis", "drill", "standard", "-s", "drill-bad-step.jsonl"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("drill-bad-step.jsonl:4  steps[2].command.role:");
  });

  it("refuses an invalid protocol file and a missing script with exit 2", async ({ expect }) => {
    const bad = await normas(["crisis", "drill", "protocol-bad.yaml", "-s", "airline-data-leak.jsonl"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Invalid protocol "protocol-bad.yaml"');
    const missing = await normas(["crisis", "drill", "standard", "-s", "nope.jsonl"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read drill script "nope.jsonl".');
    expect((await normas(["crisis", "drill", "standard"])).code).toBe(2);
  });
});
