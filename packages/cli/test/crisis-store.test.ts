import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, fixtures, normas } from "./run-normas.js";
import { tempDir } from "./temp-dir.js";

beforeAll(ensureBuilt, 180_000);

const SCRIPT = `${fixtures}airline-data-leak.jsonl`;
const ID = "acme-air-2026-05-12-data-leak";

// One embedded database for the file, used in order: its first opening creates it (the slow part).
describe("normas crisis --store <folder> (embedded PGlite, no server)", () => {
  const dir = tempDir({});

  it("keeps a drill's log in the folder, and knows it on a second run", async () => {
    const first = await normas(["crisis", "drill", "standard", "-s", SCRIPT, "--store", "db"], { cwd: dir });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Stored crisis ${ID} in db: 17 events.`);
    const again = await normas(["crisis", "drill", "standard", "-s", SCRIPT, "--store", "db", "-f", "json"], {
      cwd: dir,
    });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).final.state).toBe("closed");
    expect(again.stderr).toContain(`Crisis ${ID} is already in db with this log (17 events).`);
  }, 120_000);

  it("shows a stored crisis after a restart, its chain verified; a missing one is a usage error", async () => {
    const shown = await normas(["crisis", "show", ID, "--store", "db"], { cwd: dir });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`${ID}  closed  (17 events, in db)`);
    expect(shown.stdout).toContain("hash chain of 17 events verified");
    const json = await normas(["crisis", "show", ID, "--store", "db", "-f", "json"], { cwd: dir });
    expect(JSON.parse(json.stdout)).toMatchObject({ crisisId: ID, version: 17, verify: { ok: true } });
    const missing = await normas(["crisis", "show", "nope", "--store", "db"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No crisis "nope" in db.');
  }, 120_000);

  it("refuses a server that does not answer with a usage error, not a stack", async () => {
    const r = await normas(["crisis", "show", ID, "--store", "postgres://postgres:secret@127.0.0.1:1/test"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Cannot open the store postgres://postgres:***@127.0.0.1:1/test");
    expect(r.stderr).not.toContain("secret");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
