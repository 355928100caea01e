import type { Readable, Writable } from "node:stream";

/** Where the command line reads and writes; `run` uses the process's own streams unless told otherwise. */
export interface CliIo {
  /** Standard input (texts or JSON Lines piped in). */
  readonly stdin: Readable & { readonly isTTY?: boolean };
  /** Results. */
  readonly stdout: Writable & { readonly isTTY?: boolean };
  /** Progress, throughput and errors. */
  readonly stderr: Writable & { readonly isTTY?: boolean };
  /** Directory that relative paths and the policy search start from. */
  readonly cwd: string;
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The process's own streams, directory and environment. */
export function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
  };
}

/** Writes and waits for `drain` when the stream's buffer is full, so big outputs do not pile up in memory. */
export async function write(stream: Writable, chunk: string): Promise<void> {
  if (stream.write(chunk)) return;
  await new Promise<void>((resolve) => stream.once("drain", resolve));
}

/**
 * Colour is on for a terminal, off otherwise; `NO_COLOR` (any non-empty value) turns it off and
 * `FORCE_COLOR` (other than `0`) turns it on, as https://no-color.org and most tools do.
 */
export function useColour(stream: { readonly isTTY?: boolean }, env: CliIo["env"], flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "") return env.FORCE_COLOR !== "0";
  return stream.isTTY === true;
}

/** ANSI styles, or identity functions when colour is off. */
export interface Paint {
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly blue: (s: string) => string;
  readonly green: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
  readonly underline: (s: string) => string;
}

const sgr =
  (open: number, close: number) =>
  (s: string): string =>
    s === "" ? s : `\u001b[${open}m${s}\u001b[${close}m`;

/** Builds the painter for a stream. */
export function paint(enabled: boolean): Paint {
  const id = (s: string): string => s;
  if (!enabled) return { red: id, yellow: id, blue: id, green: id, dim: id, bold: id, underline: id };
  return {
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    blue: sgr(34, 39),
    green: sgr(32, 39),
    dim: sgr(2, 22),
    bold: sgr(1, 22),
    underline: sgr(4, 24),
  };
}
