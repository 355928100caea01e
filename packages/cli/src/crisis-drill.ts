import { readFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { type CrisisProtocol, InputError, standardProtocol } from "@normas/core";
import {
  type DrillEntry,
  type DrillReport,
  type DrillScript,
  defineProtocol,
  ProtocolError,
  runDrill,
} from "@normas/core/crisis";
import { parse as parseYaml } from "yaml";
import { type CliIo, type Paint, paint, useColour, write } from "./io.js";
import { UsageError } from "./usage-error.js";

/** Options of `normas crisis drill`. */
export interface DrillOptions {
  readonly script: string;
  /** Keep the drill's log in this store (a folder: embedded PGlite; or a postgres:// URL). */
  readonly store?: string;
  readonly format: "pretty" | "json";
  readonly lang?: "en" | "es";
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);

async function readText(cwd: string, name: string, what: string): Promise<string> {
  try {
    return await readFile(resolve(cwd, name), "utf8");
  } catch {
    throw new UsageError(`Cannot read ${what} "${name}".`);
  }
}

/** The protocol named on the command line: `standard`, or a JSON/YAML protocol file (a `UsageError` when bad). */
export async function loadProtocol(name: string, cwd: string, lang: "en" | "es"): Promise<CrisisProtocol> {
  if (name === "standard") return standardProtocol;
  const text = await readText(cwd, name, "protocol file");
  let value: unknown;
  try {
    value =
      extname(name).toLowerCase() === ".json" ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new UsageError(`Cannot parse protocol file "${name}": ${(error as Error).message.split("\n")[0]}`);
  }
  try {
    return defineProtocol(value as Parameters<typeof defineProtocol>[0], { locale: lang });
  } catch (error) {
    if (error instanceof ProtocolError) {
      throw new UsageError(
        `Invalid protocol "${name}":\n${error.issues.map((i) => `  ${i.pathText}: ${i.message}`).join("\n")}`,
      );
    }
    throw error;
  }
}

/**
 * A drill script as JSON Lines: the first line holds the drill (`id`, `title`, `crisisId`, `brand`, `start` as epoch
 * ms or an ISO date, `open`, `endMinute`), each further line one step `{ "minute", "command", "note"? }`.
 * A `.json` or `.yaml` script holds the whole drill, steps included. Returns the script and the file line of each
 * step, so that problems name their line.
 */
export function parseDrillScript(text: string, name: string): { script: Plain; lines: number[] } {
  if (!/\.(jsonl|ndjson)$/i.test(name)) {
    const value = /\.json$/i.test(name) ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
    if (!isPlain(value)) throw new UsageError(`"${name}" must hold a drill object.`);
    return { script: withStart(value), lines: [] };
  }
  let header: Plain | undefined;
  const steps: unknown[] = [];
  const lines: number[] = [];
  text.split("\n").forEach((raw, index) => {
    if (raw.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new UsageError(`${name}:${index + 1}: not JSON (${(error as Error).message}).`);
    }
    if (!isPlain(value)) throw new UsageError(`${name}:${index + 1}: expected a JSON object.`);
    if (header === undefined) {
      header = value;
      return;
    }
    steps.push(value);
    lines.push(index + 1);
  });
  if (header === undefined)
    throw new UsageError(`"${name}" is empty: its first line must describe the drill.`);
  return { script: withStart({ ...header, steps }), lines };
}

function withStart(script: Plain): Plain {
  return typeof script.start === "string" && !Number.isNaN(Date.parse(script.start))
    ? { ...script, start: Date.parse(script.start) }
    : script;
}

/** `+0:05`, `+2:30`, `+2d 0:10`: time since the drill started. */
export function clock(minute: number): string {
  const days = Math.floor(minute / 1440);
  const rest = minute - days * 1440;
  const hh = Math.floor(rest / 60);
  const mm = String(Math.floor(rest % 60)).padStart(2, "0");
  return days > 0 ? `+${days}d ${hh}:${mm}` : `+${hh}:${mm}`;
}

const WORDS = {
  en: {
    opened: "opened",
    refused: "refused",
    escalated: "escalated",
    missed: "missed",
    met: "met",
    due: "due",
    dropped: "dropped",
    notify: "notify",
    publish: "publish",
    final: "Final state:",
    summary:
      "{accepted} accepted, {refused} refused; deadlines: {met} met, {escalated} escalated, {dropped} dropped",
    verified: "hash chain of {n} events verified",
    broken: "hash chain broken at event {n}",
  },
  es: {
    opened: "abierta",
    refused: "rechazado",
    escalated: "escalado",
    missed: "vencido",
    met: "cumplido",
    due: "vence",
    dropped: "descartado",
    notify: "avisar a",
    publish: "publicar",
    final: "Estado final:",
    summary:
      "{accepted} aceptados, {refused} rechazados; plazos: {met} cumplidos, {escalated} escalados, {dropped} descartados",
    verified: "cadena de hashes de {n} eventos verificada",
    broken: "cadena de hashes rota en el evento {n}",
  },
} as const;

const fill = (template: string, data: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => String(data[key] ?? whole));

// Control characters (C0, DEL, C1) and bidirectional overrides: a script or protocol could move the cursor,
// set the title or reorder what the terminal shows with them.
const unsafe = (c: number): boolean =>
  c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);

/** A text from the script or the protocol as the terminal may show it: every unsafe character made visible. */
export function terminalSafe(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!unsafe(c)) continue;
    out += `${text.slice(from, i)}\\u{${c.toString(16)}}`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

function renderEntry(entry: DrillEntry, lang: "en" | "es", p: Paint): string[] {
  const e = safeEntry(entry);
  const w = WORDS[lang];
  const who = p.dim(`${e.actor} (${e.role})`);
  const at = clock(e.minute).padEnd(9);
  const lines: string[] = [];
  if (e.kind === "opened") lines.push(`${at}${p.blue(`● ${w.opened}`)}  ${p.bold(e.state)}  ${who}`);
  else if (e.kind === "command") {
    lines.push(`${at}${p.green("✔")} ${e.command}  ${p.dim(`${e.from} →`)} ${p.bold(e.state)}  ${who}`);
  } else if (e.kind === "escalation") {
    lines.push(`${at}${p.yellow(`⚠ ${w.escalated}`)}  ${p.dim(`${e.from} →`)} ${p.bold(e.state)}  ${who}`);
  } else lines.push(`${at}${p.red("✖")} ${e.command} ${p.red(w.refused)}  ${who}`);
  const pad = " ".repeat(9);
  if (e.note !== undefined) lines.push(`${pad}${p.dim(e.note[lang])}`);
  if (e.refusal !== undefined) lines.push(`${pad}${p.red(`${e.refusal.code}:`)} ${e.refusal.message[lang]}`);
  for (const d of e.deadlines.escalated) {
    lines.push(`${pad}${p.yellow(`⏰ ${w.missed}`)} ${d.name[lang]} (${w.due} ${clock(d.dueMinute)})`);
  }
  for (const d of e.deadlines.met) {
    lines.push(`${pad}${p.green(`⏱ ${w.met}`)} ${d.name[lang]} (${w.due} ${clock(d.dueMinute)})`);
  }
  for (const d of e.deadlines.started) lines.push(`${pad}⏱ ${w.due} ${clock(d.dueMinute)}: ${d.name[lang]}`);
  for (const d of e.deadlines.cancelled) lines.push(`${pad}${p.dim(`⏱ ${w.dropped}: ${d.name[lang]}`)}`);
  for (const effect of e.effects) {
    const text =
      effect.kind === "notify"
        ? `${w.notify} ${effect.roles.join(", ")}`
        : effect.kind === "publish-statement"
          ? `${w.publish} (${effect.lang}): “${effect.text}”`
          : effect.kind;
    lines.push(`${pad}${p.blue("→")} ${text}`);
  }
  return lines;
}

const safeText = (t: { readonly en: string; readonly es: string }) => ({
  en: terminalSafe(t.en),
  es: terminalSafe(t.es),
});

// The entry with every text that came from the script or the protocol made terminal-safe.
function safeEntry(e: DrillEntry): DrillEntry {
  const deadline = (d: DrillEntry["deadlines"]["met"][number]) => ({ ...d, name: safeText(d.name) });
  return {
    ...e,
    from: terminalSafe(e.from),
    state: terminalSafe(e.state),
    command: terminalSafe(e.command),
    actor: terminalSafe(e.actor),
    role: terminalSafe(e.role),
    ...(e.note !== undefined ? { note: safeText(e.note) } : {}),
    ...(e.refusal !== undefined
      ? { refusal: { ...e.refusal, code: e.refusal.code, message: safeText(e.refusal.message) } }
      : {}),
    effects: e.effects.map((f) =>
      f.kind === "notify"
        ? { ...f, roles: f.roles.map(terminalSafe) }
        : f.kind === "publish-statement"
          ? { ...f, text: terminalSafe(f.text) }
          : f,
    ),
    deadlines: {
      met: e.deadlines.met.map(deadline),
      started: e.deadlines.started.map(deadline),
      cancelled: e.deadlines.cancelled.map(deadline),
      escalated: e.deadlines.escalated.map(deadline),
    },
  };
}

/** The readable timeline of a drill. */
export function renderDrill(
  report: DrillReport,
  protocol: CrisisProtocol,
  lang: "en" | "es",
  p: Paint,
): string {
  const w = WORDS[lang];
  const s = report.summary;
  const verified = report.verify.ok
    ? p.green(fill(w.verified, { n: report.events.length }))
    : p.red(fill(w.broken, { n: report.verify.seq }));
  const totals = fill(w.summary, {
    accepted: s.accepted,
    refused: s.refused,
    met: s.deadlinesMet,
    escalated: s.deadlinesEscalated,
    dropped: s.deadlinesCancelled,
  });
  const out = [
    p.bold(terminalSafe(`${report.title[lang]} — ${protocol.name[lang]}`)),
    "",
    ...report.entries.flatMap((e) => [...renderEntry(e, lang, p), ""]),
    `${p.bold(w.final)} ${terminalSafe(report.final.state)}`,
    `${totals}; ${verified}.`,
  ];
  return `${out.join("\n")}\n`;
}

/** Runs `normas crisis drill`; returns the exit code (0 the drill ran, 2 bad protocol or script). */
export async function drill(protocolName: string, options: DrillOptions, io: CliIo): Promise<number> {
  const lang = options.lang ?? "en";
  const protocol = await loadProtocol(protocolName, io.cwd, lang);
  const text = await readText(io.cwd, options.script, "drill script");
  let parsed: { script: Plain; lines: number[] };
  try {
    parsed = parseDrillScript(text, options.script);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `Cannot parse drill script "${options.script}": ${(error as Error).message.split("\n")[0]}`,
    );
  }
  let report: DrillReport;
  try {
    report = runDrill(protocol, parsed.script as DrillScript);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const where = (path: readonly (string | number)[]): string => {
      const line = path[0] === "steps" && typeof path[1] === "number" ? parsed.lines[path[1]] : undefined;
      return line === undefined ? options.script : `${options.script}:${line}`;
    };
    const list = error.issues.map((i) => `  ${where(i.path)}  ${i.pathText}: ${i.message}`).join("\n");
    throw new UsageError(`Invalid drill script "${options.script}":\n${list}`);
  }
  if (options.format === "json") await write(io.stdout, `${JSON.stringify(report)}\n`);
  else await write(io.stdout, renderDrill(report, protocol, lang, paint(useColour(io.stdout, io.env))));
  if (options.store !== undefined) {
    const { openStore, storeDrill } = await import("./crisis-store.js");
    const store = await openStore(options.store, io.cwd);
    try {
      const line = await storeDrill(store, report);
      // In JSON mode stdout holds the report only.
      await write(options.format === "json" ? io.stderr : io.stdout, `${line}\n`);
    } finally {
      await store.close();
    }
  }
  return 0;
}
