// The YAML front matter of a Markdown draft says whose text it is: `brand`, `author`, `channel`, `inReplyTo`,
// `kind`, `locale`, `id` and `disable`. Other keys (title, date, tags of a static site) are left alone.
import { parseDocument } from "yaml";
import type { ItemError } from "./inputs.js";

const FIELDS = ["brand", "author", "channel", "inReplyTo", "kind", "locale", "id", "disable"] as const;

/** The record fields a front matter gives, or why it cannot be read. */
export function readFrontMatter(
  yaml: string,
  firstLine: number,
): { fields: Record<string, unknown> } | { error: ItemError } {
  const doc = parseDocument(yaml, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = (e?.linePos?.[0]?.line ?? 1) + firstLine - 1;
    const first = (e?.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    return {
      error: { code: "invalid_front_matter", message: `Invalid front matter (line ${line}): ${first}` },
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return {
      error: { code: "invalid_front_matter", message: `Invalid front matter: ${(error as Error).message}` },
    };
  }
  if (value === null || value === undefined) return { fields: {} };
  if (typeof value !== "object" || Array.isArray(value)) {
    return {
      error: { code: "invalid_front_matter", message: "The front matter must be a mapping (key: value)." },
    };
  }
  const fields: Record<string, unknown> = {};
  for (const key of FIELDS) {
    if (Object.hasOwn(value, key)) fields[key] = (value as Record<string, unknown>)[key];
  }
  return { fields };
}
