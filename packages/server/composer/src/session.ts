// Where the policy comes from: the server (with an API key, from the page's #key=… or the form), or the sample
// policy when the page is opened as a static file or without a key.
import { type BrandCrisisState, definePolicy, type Policy } from "@normas/core";
import { samplePolicy } from "./sample-policy.js";

/** What the page works with. */
export interface Session {
  readonly policy: Policy;
  readonly brands: readonly string[];
  readonly roles: readonly string[];
  /** Set when connected to a server. */
  readonly server?: { readonly actor: string; readonly key: string };
}

const KEY_STORAGE = "normas.composer.key";

/** The key from the address (`#key=nrm_…`, then removed from it) or from this tab's storage. */
export function storedKey(): string | undefined {
  const fromHash = /(?:^#|&)key=([A-Za-z0-9_]+)/.exec(location.hash)?.[1];
  if (fromHash !== undefined) {
    sessionStorage.setItem(KEY_STORAGE, fromHash);
    history.replaceState(null, "", location.pathname + location.search);
    return fromHash;
  }
  return sessionStorage.getItem(KEY_STORAGE) ?? undefined;
}

/** Opens a session on the server with `key`; undefined when the server refuses it or is not there. */
export async function connect(key: string): Promise<Session | undefined> {
  if (location.protocol === "file:") return undefined;
  const r = await fetch("./v1/session", { headers: { authorization: `Bearer ${key}` } }).catch(
    () => undefined,
  );
  if (r === undefined || !r.ok) return undefined;
  const s = (await r.json()) as { actor: string; roles: string[]; brands: string[]; policy: Policy };
  sessionStorage.setItem(KEY_STORAGE, key);
  return { policy: s.policy, brands: s.brands, roles: s.roles, server: { actor: s.actor, key } };
}

/** The sample policy's session (static page). */
export function sampleSession(): Session {
  const policy = definePolicy(samplePolicy);
  return { policy, brands: policy.brands.map((b) => b.id), roles: Object.keys(policy.roles ?? {}) };
}

/** The brand's open crisis, from the server; undefined when none or when not connected. */
export async function brandCrisis(session: Session, brand: string): Promise<BrandCrisisState | undefined> {
  if (session.server === undefined) return undefined;
  const r = await fetch(`./v1/brands/${encodeURIComponent(brand)}/crisis`, {
    headers: { authorization: `Bearer ${session.server.key}` },
  }).catch(() => undefined);
  if (r === undefined || !r.ok) return undefined;
  const body = (await r.json()) as { crisis: BrandCrisisState | null };
  return body.crisis ?? undefined;
}
