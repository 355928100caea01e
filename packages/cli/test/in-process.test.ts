// The same command line run in-process through `run()` (the library entry), against the sources: quick checks
// of the wiring that the tests of the built binary cover end to end.
import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type CliIo, run } from "../src/index.js";
import { fixtures } from "./run-normas.js";

function memoryIo(input = ""): { io: CliIo; out: () => string; err: () => string } {
  const chunks = { out: [] as string[], err: [] as string[] };
  const sink = (into: string[]) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        into.push(String(chunk));
        done();
      },
    });
  const io: CliIo = {
    stdin: Readable.from([Buffer.from(input)]),
    stdout: sink(chunks.out),
    stderr: sink(chunks.err),
    cwd: fixtures,
    env: { NO_COLOR: "1" },
  };
  return { io, out: () => chunks.out.join(""), err: () => chunks.err.join("") };
}

describe("run() in-process", () => {
  it("checks JSON Lines from standard input and returns exit code 1 on errors", async () => {
    const { io, out } = memoryIo(`${JSON.stringify({ brand: "demo-es", text: "Esto es INACEPTABLE." })}\n`);
    expect(await run(["check", "--rules", "rules.mjs", "-f", "json"], io)).toBe(1);
    const doc = JSON.parse(out());
    expect(doc.results[0].violations[0]).toMatchObject({
      ruleId: "demo/no-shouting",
      excerpt: "INACEPTABLE",
    });
  });

  it("returns 0 for clean texts in every format", async () => {
    for (const format of ["pretty", "json", "sarif"]) {
      const { io } = memoryIo();
      expect(
        await run(["check", "--rules", "rules.mjs", "-b", "demo-en", "-f", format, "clean-en.txt"], io),
      ).toBe(0);
    }
  });

  it("returns 2 with the policy problems on standard error", async () => {
    const { io, err } = memoryIo();
    expect(await run(["policy", "validate", "invalid.yaml"], io)).toBe(2);
    expect(err()).toContain("invalid.yaml:4:13  brands[0].locale:");
  });

  it("prints the schema and the drill", async () => {
    const schema = memoryIo();
    expect(await run(["policy", "schema"], schema.io)).toBe(0);
    expect(JSON.parse(schema.out()).properties.brands.type).toBe("array");
    const drill = memoryIo();
    expect(await run(["crisis", "drill", "standard", "-s", "airline-data-leak.jsonl"], drill.io)).toBe(0);
    expect(drill.out()).toContain("Final state: closed");
  });
});
