// The composer's built files (index.html, assets/…), read once into memory and served as they are.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** A file of the composer. @internal */
export interface Asset {
  readonly body: Uint8Array;
  readonly type: string;
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".ico": "image/x-icon",
};

/**
 * Where the composer is built: `dist/composer` beside this module once built (`dist/index.js`), or the
 * package's `dist/composer` when running from the sources.
 * @internal
 */
export function defaultComposerDir(): string {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const beside = join(here, "composer");
  return existsSync(beside) ? beside : join(here, "..", "dist", "composer");
}

/** Every file under `dir` by URL path (`/`, `/assets/app-1234.js`); empty when `dir` does not exist. @internal */
export function loadAssets(dir: string): ReadonlyMap<string, Asset> {
  const out = new Map<string, Asset>();
  if (!existsSync(dir)) return out;
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const url = `/${relative(dir, path).split(sep).join("/")}`;
        out.set(url, { body: readFileSync(path), type: TYPES[extname(name)] ?? "application/octet-stream" });
      }
    }
  };
  walk(dir);
  const index = out.get("/index.html");
  if (index !== undefined) out.set("/", index);
  return out;
}
