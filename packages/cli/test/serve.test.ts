// `normas serve` as a user runs it: the built CLI in a child process, on the embedded store in a temp folder.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ensureBuilt } from "./run-normas.js";
import { tempDir } from "./temp-dir.js";

const bin = fileURLToPath(new URL("../bin/normas.js", import.meta.url));
const policy = fileURLToPath(new URL("../../../examples/normas.config.yaml", import.meta.url));
const serverBuilt = existsSync(fileURLToPath(new URL("../../server/dist/index.js", import.meta.url)));

/** Starts `normas serve` and waits for its banner (which ends with the OpenAPI line). */
async function start(cwd: string): Promise<{ child: ChildProcess; banner: string }> {
  const child = spawn(process.execPath, [bin, "serve", "--policy", policy, "--port", "0"], {
    cwd,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let banner = "";
  child.stderr!.setEncoding("utf8");
  for await (const chunk of child.stderr!) {
    banner += chunk;
    if (banner.includes("OpenAPI:")) break;
  }
  return { child, banner };
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const [code] = (await exited) as [number | null];
  return code;
}

describe.skipIf(!serverBuilt && process.env.CI !== "true")("normas serve", () => {
  it("creates a key for the local user once, prints it once, stores only its hash, and shuts down on SIGTERM", async () => {
    ensureBuilt();
    const cwd = tempDir({});
    const first = await start(cwd);
    const key = /nrm_[A-Za-z0-9]+_[A-Za-z0-9]+/.exec(first.banner)?.[0];
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(first.banner)?.[0];
    expect(key).toBeDefined();
    expect(first.banner).toContain("embedded PGlite");
    expect(first.banner).toContain(`${url}/#key=${key}`);
    const session = await fetch(`${url}/v1/session`, { headers: { authorization: `Bearer ${key}` } });
    expect(session.status).toBe(200);
    expect((await fetch(`${url}/v1/session`)).status).toBe(401);
    const opened = await fetch(`${url}/v1/crises`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ crisisId: "kept", brand: "acme-es", role: "crisis-lead" }),
    });
    expect(opened.status).toBe(201);
    const stored = readFileSync(join(cwd, ".normas/keys.json"), "utf8");
    expect(stored).not.toContain(key!.split("_")[2]);
    expect(await stop(first.child)).toBe(0);

    const second = await start(cwd);
    expect(second.banner).not.toMatch(/nrm_/);
    const again = /http:\/\/127\.0\.0\.1:\d+/.exec(second.banner)?.[0];
    const crisis = await fetch(`${again}/v1/crises/kept`, { headers: { authorization: `Bearer ${key}` } });
    expect(crisis.status).toBe(200);
    expect(await stop(second.child)).toBe(0);
  }, 120_000);
});
