// Prints one line per evaluated input — its id and the verdict as JSON — for every labelled fixture (replies,
// moderation) and a seeded bench corpus, through the public API only. Run it before and after a refactor that
// must not change behaviour and compare the two outputs byte for byte:
//   npx tsx packages/core/scripts/verdict-snapshot.ts > before.jsonl   (… refactor …)   … > after.jsonl; cmp before.jsonl after.jsonl
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateTexts } from "../bench/corpus.js";
import {
  compilePolicy,
  definePolicy,
  evaluateModeration,
  evaluatePost,
  evaluateReply,
} from "../src/index.js";

const fixtures = fileURLToPath(new URL("../eval/fixtures/", import.meta.url));
type Json = Record<string, unknown>;

const jsonl = (file: string): Json[] =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Json);

const filesOf = (dir: string, ext: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => `${dir}${f}`);

const policyDocs = filesOf(`${fixtures}replies/`, ".policy.json").map((f) =>
  JSON.parse(readFileSync(f, "utf8")),
);
const policy = definePolicy({
  extends: "recommended",
  brands: policyDocs.flatMap((d) => d.brands),
  roles: Object.assign({}, ...policyDocs.map((d) => d.roles ?? {})),
  channels: Object.assign({}, ...policyDocs.map((d) => d.channels ?? {})),
  rules: Object.assign({}, ...policyDocs.map((d) => d.rules ?? {})),
});
const compiled = compilePolicy(policy);
const out: string[] = [];
const emit = (id: string, verdict: unknown): void => {
  out.push(`${id}\t${JSON.stringify(verdict)}`);
};
const safely = (id: string, run: () => unknown): void => {
  try {
    emit(id, run());
  } catch (error) {
    emit(id, { threw: (error as Error).name, message: (error as Error).message });
  }
};

let count = 0;
for (const dir of ["replies/", "replies-holdout/"])
  for (const file of filesOf(`${fixtures}${dir}`, ".jsonl"))
    for (const f of jsonl(file)) {
      count++;
      safely(`${dir}${f.id}`, () =>
        evaluateReply(compiled, {
          brand: f.brand as string,
          author: {
            id: "eval",
            roles: (f.roles as string[]) ?? ["agent"],
            initials: (f.initials as string) ?? "EV",
          },
          text: f.text as string,
          ...(f.channel === undefined ? {} : { channel: f.channel as string }),
          ...(f.inReplyTo === undefined ? {} : { inReplyTo: { text: f.inReplyTo as string } }),
        }),
      );
    }

const moderation = compilePolicy(
  definePolicy({
    extends: "recommended",
    brands: [
      { id: "es", name: "Marca", locale: "es-ES" },
      { id: "en", name: "Brand", locale: "en-GB" },
    ],
  }),
);
for (const file of filesOf(`${fixtures}moderation/`, ".jsonl")) {
  const lang = file.includes("-es") || file.endsWith("es.jsonl") ? "es" : "en";
  jsonl(file).forEach((f, i) => {
    count++;
    safely(`${file.slice(fixtures.length)}:${i}`, () =>
      evaluateModeration(moderation, {
        brand: lang,
        author: { id: "mod", roles: ["moderator"] },
        comment: { text: f.t as string, ...(f.p === undefined ? {} : { previous: f.p as string[] }) },
        action: f.a as "delete",
      }),
    );
  });
}

const brands = policy.brands.map((b) => b.id);
const texts = generateTexts({ seed: 7, count: 3000, lang: "mixed", length: { min: 20, max: 400 } });
texts.forEach((text, i) => {
  const brand = brands[i % brands.length] as string;
  const author = { id: "bench", roles: [i % 3 === 0 ? "supervisor" : "agent"], initials: "BN" };
  count += 3;
  safely(`bench:reply:${i}`, () =>
    evaluateReply(compiled, {
      brand,
      author,
      text,
      inReplyTo: { text: texts[(i + 1) % texts.length] as string },
    }),
  );
  safely(`bench:post:${i}`, () => evaluatePost(compiled, { brand, author, text, kind: "promotional" }));
  safely(`bench:moderation:${i}`, () =>
    evaluateModeration(compiled, { brand, author, comment: { text }, action: "delete" }),
  );
});

process.stdout.write(`${out.join("\n")}\n`);
process.stderr.write(`${count} verdicts\n`);
