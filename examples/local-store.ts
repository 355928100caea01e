// Where the examples keep their crises and cases: an embedded PostgreSQL (PGlite) in `.normas/examples` at the
// repository's root (git-ignored), or in NORMAS_DATA_DIR. No server: the database is a folder.
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createEmbeddedStores, type NormasStores } from "@normas/postgres";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The folder of the examples' embedded database, as shown to the reader. */
export const dataDir = process.env.NORMAS_DATA_DIR ?? join(root, ".normas", "examples");
export const shownDir = relative(process.cwd(), dataDir) || ".";

/** Opens the stores, runs `body`, closes them. */
export async function withLocalStores<T>(body: (stores: NormasStores) => Promise<T>): Promise<T> {
  const stores = await createEmbeddedStores({ dataDir });
  try {
    return await body(stores);
  } finally {
    await stores.close();
  }
}
