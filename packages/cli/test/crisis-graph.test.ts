import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CrisisProtocol, standardProtocol } from "@normas/core";
import { renderProtocol } from "@normas/core/crisis";
import { beforeAll, describe, it } from "vitest";
import { ensureBuilt, normas } from "./run-normas.js";

beforeAll(ensureBuilt, 180_000);

describe.concurrent("normas crisis graph", () => {
  it("prints the standard protocol as Mermaid by default, the same text as renderProtocol", async ({
    expect,
  }) => {
    const r = await normas(["crisis", "graph"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(renderProtocol(standardProtocol));
    expect(r.stdout).toMatch(/^stateDiagram-v2/);
  });

  it("prints DOT and Spanish labels", async ({ expect }) => {
    const r = await normas(["crisis", "graph", "--format", "dot", "--lang", "es"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^digraph "standard"/);
    expect(r.stdout).toContain("motivo obligatorio");
  });

  it("draws a customised protocol from a file, as a machine config in JSON", async ({ expect }) => {
    const dir = mkdtempSync(join(tmpdir(), "normas-graph-"));
    const mine = structuredClone(standardProtocol) as CrisisProtocol;
    const deadline = mine.states.alert?.deadlines.acknowledge;
    if (deadline === undefined) throw new Error("the standard protocol changed shape");
    deadline.minutes = 5;
    writeFileSync(join(dir, "mine.json"), JSON.stringify({ ...mine, id: "mine" }));
    const r = await normas(["crisis", "graph", "-f", "json", "-p", join(dir, "mine.json")]);
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(config.id).toBe("mine");
    expect(Object.keys(config.states.alert.after)).toEqual(["300000"]);
  });

  it("refuses an unknown format and a bad protocol file with exit code 2", async ({ expect }) => {
    const bad = await normas(["crisis", "graph", "--format", "svg"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/svg/);
    const missing = await normas(["crisis", "graph", "-p", "no-such-protocol.yaml"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no-such-protocol.yaml");
  });
});
