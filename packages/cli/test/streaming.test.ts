import { beforeAll, describe, it } from "vitest";
import { ensureBuilt, normas } from "./run-normas.js";

beforeAll(ensureBuilt, 180_000);

describe.concurrent("normas check on many JSON Lines", () => {
  it("checks every line of a large input and reports the throughput on standard error", async ({
    expect,
  }) => {
    const lines: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const brand = i % 2 === 0 ? "demo-es" : "demo-en";
      const text =
        i % 10 === 0
          ? "This is UNACCEPTABLE."
          : i % 2 === 0
            ? "Gracias, lo revisamos."
            : "Thanks, we are on it.";
      lines.push(JSON.stringify({ id: String(i), brand, text }));
    }
    const r = await normas(["check", "--rules", "rules.mjs", "-f", "json", "--no-progress"], {
      input: `${lines.join("\n")}\n`,
    });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.results).toHaveLength(5000);
    expect(doc.results[4999].line).toBe(5000);
    expect(doc.summary).toMatchObject({ texts: 5000, errors: 500, textsWithProblems: 500, invalid: 0 });
    expect(r.stderr).toMatch(
      /^normas: checked 5,000 texts in \d+\.\d\d s \([\d,]+ texts\/s(, \d worker threads)?; CPU \d+\.\d\d s; peak memory \d+ MB\)\n$/,
    );
  });

  it("gives the same output, in the same order, with worker threads as without", async ({ expect }) => {
    const lines: string[] = [];
    for (let i = 0; i < 6000; i++) {
      const text = i % 7 === 0 ? `Item ${i} is GREAT` : i % 2 === 0 ? `Gracias ${i}.` : `Thanks ${i}.`;
      lines.push(JSON.stringify({ id: String(i), brand: i % 2 === 0 ? "demo-es" : "demo-en", text }));
    }
    const input = `${lines.join("\n")}\n`;
    const args = ["check", "--rules", "rules.mjs", "-f", "json", "--no-progress"];
    const one = await normas([...args, "-j", "1"], { input });
    // Workers from the first batch on, so that every batch goes through them.
    const two = await normas([...args, "-j", "2"], { input, env: { NORMAS_POOL_AFTER: "0" } });
    const strip = (out: string) => out.replace(/"seconds":[\d.]+/, "");
    expect(strip(two.stdout)).toBe(strip(one.stdout));
    expect(JSON.parse(one.stdout).results.map((r: { line: number }) => r.line)).toEqual(
      lines.map((_, i) => i + 1),
    );
    expect(two.stderr).toContain("2 worker threads");
  });

  it("shows progress on standard error with --progress, and clears it before the summary", async ({
    expect,
  }) => {
    const line = JSON.stringify({ brand: "demo-en", text: "Fine." });
    const r = await normas(["check", "--rules", "rules.mjs", "--progress"], {
      input: `${line}\n`.repeat(2048),
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("\rchecked 1,024 texts (");
    expect(r.stderr).toContain("\r\u001b[K");
    expect(r.stdout).toBe("✔ 2,048 texts checked: no problems.\n");
  });

  it("accepts Windows line ends and a last line without a line end", async ({ expect }) => {
    const input = `${JSON.stringify({ brand: "demo-en", text: "Fine." })}\r\n${JSON.stringify({ brand: "demo-en", text: "NOPE NOPE" })}`;
    const doc = JSON.parse((await normas(["check", "--rules", "rules.mjs", "-f", "json"], { input })).stdout);
    expect(doc.results.map((x: { line: number; errorCount: number }) => [x.line, x.errorCount])).toEqual([
      [1, 0],
      [2, 2],
    ]);
  });

  it("refuses an oversized line without reading it into memory, and goes on with the next", async ({
    expect,
  }) => {
    const huge = `{"brand":"demo-en","text":"${"a".repeat(1_100_000)}"}`;
    const input = `${huge}\n${JSON.stringify({ brand: "demo-en", text: "SHOUTING here" })}\n`;
    const doc = JSON.parse((await normas(["check", "--rules", "rules.mjs", "-f", "json"], { input })).stdout);
    expect(doc.results[0]).toMatchObject({ line: 1, ok: false, error: { code: "line_too_long" } });
    expect(doc.results[1]).toMatchObject({ line: 2, errorCount: 1 });
  });
});
