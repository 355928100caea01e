// What must not happen to a run (issue 17): one bad file aborting it, terminal escapes reaching the screen,
// output errors passing for "violations found", empty input passing for "no problems", links dropped silently.
import { spawn } from "node:child_process";
import { openSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, it } from "vitest";
import { ensureBuilt, normas } from "./run-normas.js";
import { EMOJI_POLICY, tempDir } from "./temp-dir.js";

beforeAll(ensureBuilt, 180_000);
const bin = fileURLToPath(new URL("../bin/normas.js", import.meta.url));

describe.concurrent("one unreadable file does not abort the run", () => {
  const dir = tempDir({
    "normas.config.yaml": EMOJI_POLICY,
    "a-good.txt": "Thanks 😀\n",
    "b-latin1.txt": Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]),
    "c-binary.txt": Buffer.from("a binary\u0000file with one NUL byte in the middle of its text\n"),
    "d-good.jsonl": `${JSON.stringify({ brand: "acme-es", text: "Hola 😀" })}\n`,
  });
  symlinkSync("/proc/self/mem", join(dir, "e-eio.jsonl")); // reading it fails with EIO
  symlinkSync(join(dir, "nowhere.txt"), join(dir, "f-dangling.txt"));

  for (const format of ["json", "sarif"] as const) {
    it(`reports each as an input that could not be checked, checks the others, and the ${format} stays valid`, async ({
      expect,
    }) => {
      const r = await normas(["check", "-b", "acme-uk", "-f", format, "."], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).not.toContain("internal error");
      const doc = JSON.parse(r.stdout);
      if (format === "json") {
        expect(
          doc.results.map((x: { file: string; error?: { code: string }; errorCount?: number }) => [
            x.file,
            x.error?.code ?? x.errorCount,
          ]),
        ).toEqual([
          ["a-good.txt", 1],
          ["b-latin1.txt", "invalid_utf8"],
          ["c-binary.txt", "binary"],
          ["d-good.jsonl", 1],
          ["e-eio.jsonl", "file_unreadable"],
          ["f-dangling.txt", "broken_link"],
        ]);
      } else {
        const invalid = doc.runs[0].results.filter(
          (x: { ruleId: string }) => x.ruleId === "normas/invalid-input",
        );
        expect(invalid).toHaveLength(4);
      }
    });
  }
});

describe.concurrent("terminal escapes in checked text, ids and file names", () => {
  const esc = "\u001b";
  const dir = tempDir({
    "normas.config.yaml": EMOJI_POLICY,
    [`evil${esc}[2J.txt`]: `Hola ${esc}]0;pwned\u0007 😀 ${esc}[31mrojo\n`,
    "evil.jsonl": `${JSON.stringify({ id: `x${esc}[8m`, brand: "acme-uk", text: `Hi 😀 ${esc}]8;;http://evil${esc}\\link` })}\n`,
  });

  it("are shown escaped in pretty output, never raw", async ({ expect }) => {
    const r = await normas(["check", "-b", "acme-es", "."], { cwd: dir, env: { NO_COLOR: "1" } });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain(esc);
    expect(r.stdout).not.toContain("\u0007");
    expect(r.stdout).toContain("evil\\x1b[2J.txt");
    expect(r.stdout).toContain("#x\\x1b[8m");
    expect(r.stdout).toContain("\\x1b]8;;http://evil\\x1b\\link");
  });

  it("keep the carets under the offending emoji after an escaped character", async ({ expect }) => {
    const r = await normas(["check", "-b", "acme-es", "evil.jsonl"], { cwd: dir });
    const lines = r.stdout.split("\n");
    const at = lines.findIndex((l) => l.includes("│ Hi "));
    const shown = (lines[at] ?? "").slice((lines[at] ?? "").indexOf("│") + 2);
    const carets = (lines[at + 1] ?? "").slice((lines[at + 1] ?? "").indexOf("│") + 2);
    expect(carets.indexOf("^")).toBe(shown.indexOf("😀"));
  });
});

describe.concurrent("output that cannot be written", () => {
  const dir = tempDir({
    "normas.config.yaml": EMOJI_POLICY,
    "many.jsonl": `${`${JSON.stringify({ brand: "acme-uk", text: "Thanks 😀" })}\n`.repeat(3000)}`,
  });

  it("a full disk (ENOSPC) exits 2 with a message, not 1", async ({ expect }) => {
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [bin, "check", "many.jsonl", "-f", "json"], {
        cwd: dir,
        stdio: ["ignore", openSync("/dev/full", "w"), "pipe"],
        env: { ...process.env, NO_COLOR: "1" },
      });
      let err = "";
      child.stderr?.on("data", (b: Buffer) => {
        err += b.toString();
      });
      child.on("close", (c) => resolve({ code: c, stderr: err }));
    });
    expect(code).toBe(2);
    expect(stderr).toContain("Cannot write the output: no space left on the device (ENOSPC).");
  });

  it("a reader that goes away (EPIPE) exits 2 with a message", async ({ expect }) => {
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [bin, "check", "many.jsonl", "-f", "json"], {
        cwd: dir,
        env: { ...process.env, NO_COLOR: "1" },
      });
      let err = "";
      child.stderr.on("data", (b: Buffer) => {
        err += b.toString();
      });
      child.stdout.once("data", () => child.stdout.destroy());
      child.on("close", (c) => resolve({ code: c, stderr: err }));
    });
    expect(code).toBe(2);
    expect(stderr).toContain("(EPIPE)");
  });
});

describe.concurrent("bad usage exits 2 with a clear message", () => {
  const dir = tempDir({ "normas.config.yaml": EMOJI_POLICY, "sources/a.jsonl": "" });

  it("a folder given as --sources", async ({ expect }) => {
    const r = await normas(["check", "-b", "acme-uk", "-s", "sources"], { cwd: dir, input: "Hi" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cannot read sources "sources": it is a folder.');
  });

  it("empty or closed standard input", async ({ expect }) => {
    const r = await normas(["check", "-b", "acme-uk"], { cwd: dir, input: "" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("No input: standard input is empty");
    expect(r.stdout).toBe("");
  });
});

describe.concurrent("links inside a checked folder", () => {
  const dir = tempDir({
    "normas.config.yaml": EMOJI_POLICY,
    "content/real/a.txt": "Thanks 😀\n",
    "elsewhere/b.txt": "More 😀\n",
  });
  symlinkSync(join(dir, "elsewhere"), join(dir, "content/linked"));
  symlinkSync(join(dir, "content"), join(dir, "content/real/loop"));
  symlinkSync(join(dir, "elsewhere/b.txt"), join(dir, "content/c.txt"));

  it("are followed, a loop is skipped and said so, nothing is dropped silently", async ({ expect }) => {
    const r = await normas(["check", "-b", "acme-uk", "-f", "json", "content"], { cwd: dir });
    const files = JSON.parse(r.stdout).results.map((x: { file: string }) => x.file);
    expect(files).toEqual(["content/c.txt", "content/linked/b.txt", "content/real/a.txt"]);
    expect(r.stderr).toContain(
      "skipped content/real/loop: a link to a folder already being checked (a loop).",
    );
  });
});
