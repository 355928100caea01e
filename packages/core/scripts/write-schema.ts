// Writes the policy JSON Schema shipped as `@normas/core/policy.schema.json` (run by `pnpm build`).
import { mkdirSync, writeFileSync } from "node:fs";
import { policyJsonSchema } from "../src/rules/json-schema.js";

const out = new URL("../schema/policy.schema.json", import.meta.url);
mkdirSync(new URL("../schema/", import.meta.url), { recursive: true });
writeFileSync(out, `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out.pathname}`);
