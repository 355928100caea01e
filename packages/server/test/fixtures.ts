import { fileURLToPath } from "node:url";
import { loadPolicyFile } from "@normas/core/node";
import { pino } from "pino";
import { createApiKey } from "../src/keys.js";
import type { ServerOptions } from "../src/options.js";
import { createServer } from "../src/server.js";

/** The examples' policy (the composer's static page has the same one). */
export const { policy } = await loadPolicyFile(
  fileURLToPath(new URL("../../../examples/normas.config.yaml", import.meta.url)),
);
export const silent = pino({ level: "silent" });

/** Keys of the test server: an agent of acme-es, a crisis lead and legal for every brand. */
export function testKeys() {
  const agent = createApiKey({ actor: "marta", roles: ["agent", "community-manager"], brands: ["acme-es"] });
  const lead = createApiKey({
    actor: "jorge",
    roles: ["crisis-lead", "communications", "supervisor"],
    brands: ["*"],
  });
  const legal = createApiKey({ actor: "lucia", roles: ["legal"], brands: ["*"] });
  return { agent, lead, legal };
}

export function testServer(options: Partial<ServerOptions> = {}) {
  const keys = testKeys();
  let clock = Date.UTC(2026, 4, 12, 9);
  const server = createServer({
    policy,
    keys: [keys.agent.record, keys.lead.record, keys.legal.record],
    logger: silent,
    composer: false,
    now: () => clock,
    ...options,
  });
  const call = (path: string, key: string | undefined, init: RequestInit = {}) =>
    server.app.request(path, {
      ...init,
      headers: {
        ...(key === undefined ? {} : { authorization: `Bearer ${key}` }),
        ...(init.body === undefined ? {} : { "content-type": "application/json" }),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  const post = (path: string, key: string | undefined, body: unknown, headers: Record<string, string> = {}) =>
    call(path, key, { method: "POST", body: JSON.stringify(body), headers });
  return {
    server,
    keys,
    call,
    post,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}
