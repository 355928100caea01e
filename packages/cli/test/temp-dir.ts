import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";

/** A fresh folder with `files` written in it (paths with `/` make folders), removed after the test file. */
export function tempDir(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "normas-cli-"));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A two-brand policy (Spanish and English) where emoji are errors: fixes remove them. */
export const EMOJI_POLICY = `brands:
  - { id: acme-es, name: Acme España, locale: es-ES, voice: { maxEmoji: 0 } }
  - { id: acme-uk, name: Acme UK, locale: en-GB, voice: { maxEmoji: 0 } }
rules:
  voice/emoji: error
`;
