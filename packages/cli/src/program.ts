import { NormasError } from "@normas/core";
import { loadPolicyFile, PolicyFileError } from "@normas/core/node";
import { policyJsonSchema } from "@normas/core/schemas";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { type CheckOptions, check } from "./check.js";
import { drill, loadProtocol } from "./crisis-drill.js";
import { type GraphOptions, graph } from "./crisis-graph.js";
import { loadRuleModules } from "./custom-rules.js";
import { type CliIo, OutputError, paint, processIo, useColour, watchOutput, write } from "./io.js";
import { unknownLocales } from "./locales.js";
import type { McpOptions } from "./mcp-command.js";
import { escapeTerminal } from "./terminal.js";
import { UsageError } from "./usage-error.js";

declare const __NORMAS_CLI_VERSION__: string | undefined;

/** The CLI's version (set at build time). */
export const VERSION: string =
  typeof __NORMAS_CLI_VERSION__ === "string" ? __NORMAS_CLI_VERSION__ : "0.0.0-dev";

const collect = (value: string, previous: string[]): string[] => [...previous, value];
const toPositive = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new InvalidArgumentError("Expected a whole number from 1 to 64.");
  return n;
};
const toUrl = (value: string): string => {
  if (!/^https?:\/\/[^\s]+$/.test(value)) throw new InvalidArgumentError("Expected an absolute http(s) URL.");
  return value.endsWith("/") ? value : `${value}/`;
};
const toCount = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("Expected a whole number, 0 or more.");
  return n;
};

async function reportFailure(error: unknown, io: CliIo): Promise<number> {
  const p = paint(useColour(io.stderr, io.env));
  if (error instanceof OutputError) {
    // Standard output is gone: say so on standard error (which may be gone too).
    await write(io.stderr, `${p.red("normas:")} ${error.message}\n`).catch(() => {});
    return 2;
  }
  if (error instanceof UsageError) {
    await write(io.stderr, `${p.red("normas:")} ${error.message}\nRun "normas --help" for usage.\n`);
    return 2;
  }
  if (error instanceof PolicyFileError) {
    const lines = error.message.split("\n");
    await write(io.stderr, `${p.red("normas:")} ${lines[0]}\n${lines.slice(1).join("\n")}\n`);
    return 2;
  }
  if (error instanceof NormasError) {
    await write(io.stderr, `${p.red("normas:")} ${error.message}\n`);
    return 2;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  await write(io.stderr, `${p.red("normas: internal error")}\n${detail}\n`);
  return 2;
}

function buildProgram(io: CliIo, done: (task: Promise<number>) => Promise<void>): Command {
  const program = new Command()
    .name("normas")
    .description(
      "Community-management policy as code: check replies and posts, validate policies, run crisis drills.",
    )
    .version(VERSION, "-v, --version")
    .showHelpAfterError('(run "normas --help" for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });

  program
    .command("check")
    .description(
      "Check replies, posts or moderation actions: text files, Markdown (front matter says brand, author, channel, inReplyTo), JSON Lines ({ kind, brand, author, text, inReplyTo } per line), folders or standard input.",
    )
    .argument("[files...]", "files to check; none or - reads standard input")
    .option(
      "-p, --policy <file>",
      "policy file, JSON or YAML (default: normas.config.{json,yaml,yml} found upward)",
    )
    .option("-b, --brand <id>", "brand of texts that do not name one")
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(["pretty", "json", "sarif"])
        .default("pretty"),
    )
    .addOption(
      new Option("--as <target>", "check texts as replies or as posts")
        .choices(["reply", "post"])
        .default("reply"),
    )
    .addOption(
      new Option("--lang <lang>", "language of messages (default: each text's own)").choices(["en", "es"]),
    )
    .option("--author <id>", "author id of texts that do not name one", "cli")
    .option("--role <id>", "role of that author (repeatable)", collect, [])
    .option("-r, --rules <module>", "JavaScript module exporting custom rules (repeatable)", collect, [])
    .option(
      "-s, --sources <file.jsonl>",
      "source documents for the originality rules, one JSON object per line (repeatable)",
      collect,
      [],
    )
    .option(
      "--stdin-filename <name>",
      "name for standard input; its extension sets the format (.jsonl, .md, .txt)",
    )
    .option(
      "--fix",
      "apply safe fixes to the files (term substitutions, emoji, tú/usted, sign-offs), then report what is left",
    )
    .option(
      "--fix-dry-run",
      "compute the fixes without writing them (--format json shows each fixed text as output)",
    )
    .option(
      "--ignore-unknown-fields",
      "ignore fields of JSON Lines records that normas does not know (exports of other tools) instead of refusing them",
    )
    .option(
      "--report-unused-disable-directives",
      "report normas-disable directives (comments or a record's disable field) that covered no problem",
    )
    .option(
      "-j, --concurrency <n>",
      "worker threads for large inputs (default: the cores, at most 4; 1: none)",
      toPositive,
    )
    .option("--docs-base-url <url>", "base of rule documentation links (docsUrl, SARIF helpUri)", toUrl)
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this", toCount)
    .option("--progress", "show progress on standard error (default: when it is a terminal)")
    .option("--no-progress", "never show progress")
    .option("--stats", "print the throughput on standard error (always printed for 1,000 texts or more)")
    .option("--color", "force colour")
    .option("--no-color", "no colour")
    .addHelpText(
      "after",
      "\nExit codes: 0 no error-level violation, 1 error-level violations (or inputs that could not be checked),\n2 bad usage, an invalid policy, no input, or output that could not be written.\n",
    )
    .action((files: string[], options: CheckOptions) => done(check(files, options, io, VERSION)));

  const policy = program.command("policy").description("Work with policy files.");
  policy
    .command("validate")
    .description(
      "Validate a policy file (exit 0 valid, 2 invalid, with the path, line and message of each problem).",
    )
    .argument("<file>", "policy file, JSON or YAML")
    .addOption(new Option("--lang <lang>", "language of messages").choices(["en", "es"]))
    .addOption(
      new Option("-f, --format <format>", "output format").choices(["pretty", "json"]).default("pretty"),
    )
    .option("-r, --rules <module>", "JavaScript module exporting custom rules (repeatable)", collect, [])
    .action((file: string, options: ValidateOptions) => done(validate(file, options, io)));
  policy
    .command("schema")
    .description("Print the JSON Schema of policy files (for editors: point $schema at it).")
    .action(() => done(write(io.stdout, `${JSON.stringify(policyJsonSchema(), null, 2)}\n`).then(() => 0)));

  program
    .command("mcp")
    .description(
      "Serve the policy to AI assistants: a Model Context Protocol server over standard input and output, with the tools check_reply, fix_reply, explain_rule and list_rules.",
    )
    .option("-p, --policy <file>", "policy file (default: normas.config.{json,yaml,yml} found upward)")
    .option("-r, --rules <module>", "JavaScript module exporting custom rules (repeatable)", collect, [])
    .option("--docs-base-url <url>", "base of rule documentation links", toUrl)
    .action((options: McpOptions) =>
      // Loaded on demand: the MCP SDK is not needed by the other commands.
      done(import("./mcp-command.js").then((m) => m.serveMcp(options, io, VERSION))),
    );

  const crisis = program.command("crisis").description("Crisis protocols.");
  crisis
    .command("drill")
    .description("Run a crisis protocol against scripted commands and a scripted clock; print the timeline.")
    .argument("<protocol>", 'protocol: "standard", or a JSON/YAML protocol file')
    .requiredOption("-s, --script <events.jsonl>", "the drill script, one JSON event per line")
    .addOption(
      new Option("-f, --format <format>", "output format").choices(["pretty", "json"]).default("pretty"),
    )
    .addOption(new Option("--lang <lang>", "language of messages").choices(["en", "es"]))
    .option(
      "--store <dir|postgres-url>",
      "keep the drill's log: a folder (embedded, no server) or a postgres:// URL",
    )
    .action(
      (
        protocol: string,
        options: { script: string; format: "pretty" | "json"; lang?: "en" | "es"; store?: string },
      ) => done(drill(protocol, options, io)),
    );
  crisis
    .command("show")
    .description(
      "Load a crisis from a store, verify its hash chain, print its state (exit 1 if the log is invalid).",
    )
    .argument("<crisis-id>", "the crisis id")
    .requiredOption("--store <dir|postgres-url>", "a folder (embedded, no server) or a postgres:// URL")
    .option("-p, --protocol <protocol>", 'protocol: "standard", or a JSON/YAML protocol file', "standard")
    .addOption(
      new Option("-f, --format <format>", "output format").choices(["pretty", "json"]).default("pretty"),
    )
    .action((crisisId: string, options: { store: string; protocol: string; format: "pretty" | "json" }) =>
      done(
        Promise.all([import("./crisis-store.js"), loadProtocol(options.protocol, io.cwd, "en")]).then(
          ([m, protocol]) => m.showCrisis(crisisId, protocol, options, io),
        ),
      ),
    );
  crisis
    .command("graph")
    .description("Draw a crisis protocol as a state diagram (roles, approvals and deadlines on the edges).")
    .addOption(
      new Option(
        "-f, --format <format>",
        "mermaid, dot, or json (an XState machine config for Stately's editor)",
      )
        .choices(["mermaid", "dot", "json"])
        .default("mermaid"),
    )
    .option("-p, --protocol <protocol>", 'protocol: "standard", or a JSON/YAML protocol file', "standard")
    .addOption(new Option("--lang <lang>", "language of names and labels").choices(["en", "es"]))
    .action((options: GraphOptions) => done(graph(options, io)));
  return program;
}

interface ValidateOptions {
  readonly lang?: "en" | "es";
  readonly format: "pretty" | "json";
  readonly rules: readonly string[];
}

async function validate(file: string, options: ValidateOptions, io: CliIo) {
  const p = paint(useColour(io.stdout, io.env));
  try {
    const rules = await loadRuleModules(options.rules, io.cwd);
    const { policy } = await loadPolicyFile(file, {
      cwd: io.cwd,
      rules,
      ...(options.lang === undefined ? {} : { locale: options.lang }),
    });
    const settings = Object.values(policy.rules).filter(
      (r) => r !== "off" && !(typeof r === "object" && r.level === "off"),
    );
    const unknown = unknownLocales(policy);
    if (options.format === "json") {
      const warnings = unknown.map((u) => ({
        code: "unknown_language",
        brand: u.brand,
        locale: u.locale,
        message: u.message,
      }));
      await write(
        io.stdout,
        `${JSON.stringify({ file, valid: true, brands: policy.brands.map((b) => b.id), warnings })}\n`,
      );
    } else {
      await write(
        io.stdout,
        `${p.green("✔")} ${file}: valid policy, ${policy.brands.length} brand(s) (${policy.brands.map((b) => b.id).join(", ")}), ${settings.length} rule(s) on.\n`,
      );
      for (const u of unknown) await write(io.stdout, `${p.yellow("⚠")} ${escapeTerminal(u.message)}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof PolicyFileError && options.format === "json") {
      await write(io.stdout, `${JSON.stringify({ file, valid: false, issues: error.issues })}\n`);
      return 2;
    }
    throw error;
  }
}

/**
 * Runs the `normas` command line with `argv` (without `node` and the script) and returns its exit code:
 * 0 clean, 1 error-level violations, 2 bad usage or an invalid policy.
 *
 * @example
 * ```ts
 * import { run } from "@normas/cli";
 * process.exitCode = await run(["check", "replies.jsonl", "--format", "json"]);
 * ```
 */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  watchOutput(io.stdout);
  watchOutput(io.stderr);
  let task: Promise<number> | undefined;
  const program = buildProgram(io, (t) => {
    task = t;
    return t.then(() => undefined);
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    if (task === undefined) {
      program.outputHelp();
      return 2;
    }
    return await task;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    return reportFailure(error, io);
  }
}
