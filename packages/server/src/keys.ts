// API keys: a key is `nrm_<id>_<secret>`; only the SHA-256 of the whole key is stored, with the actor, roles and
// brands it acts for. A key is 192 random bits, so a fast hash is enough (there is nothing to guess from).
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import * as z from "zod";

/** A stored API key: its id, the SHA-256 of the key (hex), and who it acts as. Holds no secret. */
export const ApiKeyRecordSchema = z.strictObject({
  /** Public id of the key (the part after `nrm_`), used in logs and rate limits. */
  id: z.string().regex(/^[A-Za-z0-9]{8,32}$/),
  /** SHA-256 of the whole key, lowercase hex. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The person or system the key acts as (a crisis command's `actor`, a case command's `by`). */
  actor: z.string().min(1).max(200),
  /** Roles the key may act in (protocol roles such as `community-manager`, `legal`). */
  roles: z.array(z.string().min(1).max(64)).min(1).max(32),
  /** Brand ids the key serves; `["*"]` serves every brand of the policy. */
  brands: z.array(z.string().min(1).max(64)).min(1).max(256),
});

/** A stored API key: its id, the SHA-256 of the key, and the actor, roles and brands it acts for. */
export type ApiKeyRecord = z.output<typeof ApiKeyRecordSchema>;

/** Who a new key acts as. */
export interface ApiKeyGrant {
  /** The person or system the key acts as. */
  readonly actor: string;
  /** Roles the key may act in. */
  readonly roles: readonly string[];
  /** Brand ids the key serves (`["*"]` for all). */
  readonly brands: readonly string[];
}

/** A new key: the key itself (show it once, never store it) and the record to store. */
export interface IssuedApiKey {
  /** The key to hand to the client (`nrm_<id>_<secret>`). */
  readonly key: string;
  /** What the server stores. */
  readonly record: ApiKeyRecord;
}

const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");
const alnum = (bytes: number): string => randomBytes(bytes).toString("base64url").replace(/[-_]/g, "x");

/**
 * Creates a new API key for an actor, roles and brands.
 *
 * @example
 * ```ts
 * import { createApiKey } from "@normas/server";
 * const { key, record } = createApiKey({ actor: "ana", roles: ["community-manager"], brands: ["acme-air"] });
 * // give `key` to Ana once; store `record` (it holds only the key's hash)
 * ```
 */
export function createApiKey(grant: ApiKeyGrant): IssuedApiKey {
  const id = alnum(9).slice(0, 12);
  const key = `nrm_${id}_${alnum(24)}`;
  const record = ApiKeyRecordSchema.parse({
    id,
    hash: sha256(key),
    actor: grant.actor,
    roles: [...grant.roles],
    brands: [...grant.brands],
  });
  return { key, record };
}

const KEY_SHAPE = /^nrm_([A-Za-z0-9]{8,32})_[A-Za-z0-9]{16,64}$/;

/** Finds the record of a presented key, comparing hashes in constant time; undefined for an unknown key. */
export function verifyApiKey(
  presented: string,
  records: ReadonlyMap<string, ApiKeyRecord>,
): ApiKeyRecord | undefined {
  const match = KEY_SHAPE.exec(presented);
  if (match === null) return undefined;
  const record = records.get(match[1] as string);
  if (record === undefined) return undefined;
  const a = createHash("sha256").update(presented, "utf8").digest();
  const b = storedHash(record);
  return a.length === b.length && timingSafeEqual(a, b) ? record : undefined;
}

/** Each record's stored hash as bytes, decoded once (again if the record's `hash` is replaced). */
const hashBytes = new WeakMap<ApiKeyRecord, { readonly hex: string; readonly bytes: Buffer }>();

function storedHash(record: ApiKeyRecord): Buffer {
  const known = hashBytes.get(record);
  if (known !== undefined && known.hex === record.hash) return known.bytes;
  const bytes = Buffer.from(record.hash, "hex");
  hashBytes.set(record, { hex: record.hash, bytes });
  return bytes;
}

/** Whether a key serves a brand. */
export const servesBrand = (record: ApiKeyRecord, brand: string): boolean =>
  record.brands.includes("*") || record.brands.includes(brand);
