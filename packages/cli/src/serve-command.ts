// `normas serve`: the HTTP service and the composer over a policy file. With no key configured it creates one
// for the local user (every role of the policy and the crisis protocol, every brand) and prints it once.
import { mkdirSync } from "node:fs";
import { userInfo } from "node:os";
import { dirname, resolve } from "node:path";
import { standardProtocol } from "@normas/core/crisis";
import { findPolicyFile, loadPolicyFile } from "@normas/core/node";
import { createApiKey, createServer, loadKeyFile, type ServerStores, saveKeyFile } from "@normas/server";
import { loadRuleModules } from "./custom-rules.js";
import { type CliIo, write } from "./io.js";
import { UsageError } from "./usage-error.js";

/** Options of `normas serve`. */
export interface ServeOptions {
  readonly policy?: string;
  readonly rules: readonly string[];
  readonly port: number;
  readonly host: string;
  readonly keys: string;
  /** Where crises and cases live: a folder (embedded PGlite) or a postgres:// URL. */
  readonly store: string;
  /** Keep everything in memory (lost on exit). */
  readonly memory?: boolean;
}

/** The stores `normas serve` runs on, and how to name them to the user. */
async function openStores(
  options: ServeOptions,
  cwd: string,
): Promise<{ stores: ServerStores; label: string }> {
  if (options.memory === true) {
    const { memoryStores } = await import("@normas/server");
    return { stores: memoryStores(), label: "in memory (lost on exit)" };
  }
  const { openStore } = await import("./crisis-store.js");
  if (!/^postgres(ql)?:\/\//i.test(options.store))
    mkdirSync(resolve(cwd, options.store), { recursive: true });
  const open = await openStore(options.store, cwd);
  const embedded = !/^postgres(ql)?:\/\//i.test(options.store);
  return {
    stores: {
      crises: open.stores.crises,
      cases: open.stores.cases,
      subscribe: open.stores.subscribe.bind(open.stores),
      close: () => open.close(),
    },
    label: embedded ? `embedded PGlite in ${resolve(cwd, options.store)}` : `PostgreSQL ${open.shown}`,
  };
}

function localActor(): string {
  try {
    return userInfo().username || "local";
  } catch {
    return "local";
  }
}

/** Serves until SIGINT or SIGTERM, then shuts down gracefully. */
export async function serve(options: ServeOptions, io: CliIo): Promise<number> {
  const policyPath = options.policy ?? findPolicyFile(io.cwd);
  if (policyPath === undefined)
    throw new UsageError(
      "No policy: pass --policy <file> or add normas.config.json (or .yaml) to this folder or a parent.",
    );
  const customRules = await loadRuleModules(options.rules, io.cwd);
  const { policy } = await loadPolicyFile(policyPath, { cwd: io.cwd, rules: customRules });
  const keyFile = resolve(io.cwd, options.keys);
  let keys = loadKeyFile(keyFile);
  let created: string | undefined;
  if (keys.length === 0) {
    const roles = [...new Set([...Object.keys(policy.roles), ...Object.keys(standardProtocol.roles)])];
    const issued = createApiKey({ actor: localActor(), roles, brands: ["*"] });
    mkdirSync(dirname(keyFile), { recursive: true });
    saveKeyFile(keyFile, [issued.record]);
    keys = [issued.record];
    created = issued.key;
  }
  const { stores, label } = await openStores(options, io.cwd);
  const running = await createServer({ policy, keys, stores }).listen({
    port: options.port,
    host: options.host,
  });
  const lines = [
    `normas serve: ${running.url}`,
    `  policy ${policyPath}`,
    `  keys   ${keyFile}`,
    `  store  ${label}`,
  ];
  if (created !== undefined) {
    lines.push(
      "",
      `A key was created for ${keys[0]?.actor} (all roles, all brands). It is shown once; only its hash is stored:`,
      "",
      `  ${created}`,
      "",
      `Composer: ${running.url}/#key=${created}`,
      `API:      curl -H "Authorization: Bearer ${created}" ${running.url}/v1/session`,
    );
  } else lines.push(`Composer: ${running.url}/ (paste your key)`);
  lines.push(`OpenAPI:  ${running.url}/openapi.json`, "");
  await write(io.stderr, `${lines.join("\n")}\n`);
  await new Promise<void>((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      done();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await running.close();
  return 0;
}
