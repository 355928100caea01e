// The key file: a JSON list of key records (hashes only), written readable by its owner alone.
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { InputError } from "@normas/core";
import * as z from "zod";
import { type ApiKeyRecord, ApiKeyRecordSchema } from "./keys.js";

const KeyFileSchema = z.strictObject({ keys: z.array(ApiKeyRecordSchema).max(10_000) });

/**
 * Reads a key file (`{ "keys": [ApiKeyRecord…] }`); an absent file is no keys.
 * @throws `InputError` with the path of each bad field when the file does not validate.
 */
export function loadKeyFile(path: string): ApiKeyRecord[] {
  if (!existsSync(path)) return [];
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    throw new InputError(
      [{ code: "invalid_json", path: [], pathText: "(root)", message: `${path} is not valid JSON.` }],
      "Invalid key file",
    );
  }
  const parsed = KeyFileSchema.safeParse(data);
  if (parsed.success) return parsed.data.keys;
  throw new InputError(
    parsed.error.issues.map((i) => {
      const path = i.path.filter((p): p is string | number => typeof p !== "symbol");
      return { code: i.code, path, pathText: path.join("."), message: i.message };
    }),
    `Invalid key file ${path}`,
  );
}

/** Writes a key file (mode 0600). */
export function saveKeyFile(path: string, keys: readonly ApiKeyRecord[]): void {
  writeFileSync(path, `${JSON.stringify({ keys }, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}
