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

const ERRNO_TEXT: Record<string, string> = {
  EPIPE: "the program reading it stopped (EPIPE)",
  ENOSPC: "no space left on the device (ENOSPC)",
  EDQUOT: "disk quota exceeded (EDQUOT)",
  EIO: "input/output error (EIO)",
  EBADF: "it is closed (EBADF)",
};

/** Output that could not be written (a closed pipe, a full disk): exit code 2 with this message. */
export class OutputError extends Error {
  /** The system error code, e.g. `EPIPE`, `ENOSPC`. */
  readonly code: string;
  constructor(cause: NodeJS.ErrnoException) {
    const code = cause.code ?? "EIO";
    super(`Cannot write the output: ${ERRNO_TEXT[code] ?? cause.message}.`);
    this.name = "OutputError";
    this.code = code;
  }
}

const failures = new WeakMap<Writable, NodeJS.ErrnoException>();
const watched = new WeakSet<Writable>();

/**
 * Records the write errors of `stream` instead of letting them crash the process; `write` and `flush` then
 * throw an `OutputError`. Safe to call more than once.
 */
export function watchOutput(stream: Writable): void {
  if (watched.has(stream)) return;
  watched.add(stream);
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (!failures.has(stream)) failures.set(stream, error);
  });
}

function failureOf(stream: Writable): OutputError | undefined {
  const failed = failures.get(stream);
  return failed === undefined ? undefined : new OutputError(failed);
}

/** Writes and waits for `drain` when the stream's buffer is full, so big outputs do not pile up in memory. */
export async function write(stream: Writable, chunk: string): Promise<void> {
  const before = failureOf(stream);
  if (before !== undefined) throw before;
  if (stream.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("error", done);
      stream.off("close", done);
      const failed = failureOf(stream);
      if (failed === undefined) resolve();
      else reject(failed);
    };
    stream.once("drain", done);
    stream.once("error", () => setImmediate(done));
    stream.once("close", done);
  });
}

/** Waits until everything written to `stream` is handed to the system, and reports a write that failed. */
export async function flush(stream: Writable): Promise<void> {
  const before = failureOf(stream);
  if (before !== undefined) throw before;
  await new Promise<void>((resolve, reject) => {
    stream.write("", (error) => {
      const failed =
        failureOf(stream) ?? (error ? new OutputError(error as NodeJS.ErrnoException) : undefined);
      if (failed === undefined) resolve();
      else reject(failed);
    });
  });
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
