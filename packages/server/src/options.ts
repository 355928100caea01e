import type { Policy } from "@normas/core";
import type { CrisisProtocol } from "@normas/core/crisis";
import type { Logger } from "pino";
import type { ApiKeyRecord } from "./keys.js";
import type { RateLimit } from "./rate-limit.js";
import type { ServerStores } from "./stores.js";

/** Options of {@link createServer}. */
export interface ServerOptions {
  /** The policy to check against (from `definePolicy` or `loadPolicyFile`). */
  readonly policy: Policy;
  /** Where crises and cases live (default: {@link memoryStores}, lost on exit). */
  readonly stores?: ServerStores;
  /** The API keys that may call `/v1/*` (records hold only hashes; see {@link createApiKey}). */
  readonly keys: readonly ApiKeyRecord[];
  /** The crisis protocol (default: the core's `standardProtocol`). */
  readonly protocol?: CrisisProtocol;
  /** Largest request body, in bytes (default 262144: 256 KiB). */
  readonly bodyLimit?: number;
  /** Requests per key (default 600 per 10 seconds, bursts up to 600); `false` turns the limit off. */
  readonly rateLimit?: RateLimit | false;
  /** Time a request may take before a 503 `TIMEOUT`, in milliseconds (default 10000; streams excepted). */
  readonly timeoutMs?: number;
  /** A pino logger (default: JSON lines on standard output at level `info`). */
  readonly logger?: Logger;
  /** Folder of the built composer, served at `/` (default: the one built into this package); `false` serves none. */
  readonly composer?: string | false;
  /**
   * How often `listen` fires the overdue deadlines of the crises this process holds, in milliseconds (default
   * 30000; `false`: never, e.g. when `@normas/postgres`'s deadline worker does it for every instance).
   */
  readonly tickMs?: number | false;
  /** The clock, epoch milliseconds (default `Date.now`): the core's runtimes never read one themselves. */
  readonly now?: () => number;
  /** Makes ids for crises opened without one (default `crypto.randomUUID`). */
  readonly newId?: () => string;
}
