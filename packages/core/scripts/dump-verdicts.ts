// Dumps the verdict of every fixture text under eval/fixtures with the recommended policy, one JSON line per
// text (rule id, span, message id, message, severity, fixes), so a refactor can prove verdicts are unchanged:
//   tsx scripts/dump-verdicts.ts > before.jsonl   (on the old commit)
//   tsx scripts/dump-verdicts.ts > after.jsonl    (on the new one) and `cmp before.jsonl after.jsonl`.
// It imports the public root only, so it runs unchanged on both sides of an API change.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  compilePolicy,
  definePolicy,
  evaluateModeration,
  evaluatePost,
  evaluateReply,
} from "../src/index.js";

const root = fileURLToPath(new URL("../eval/fixtures/", import.meta.url));

// biome-ignore lint/suspicious/noExplicitAny: policy files are read as they are.
type Doc = Record<string, any>;
const read = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));
const policyDoc = (file: string): Doc => read(file) as Doc;

// One compiled policy per policy file, each on top of `recommended`; the replies' two files are one policy.
const replyDocs = ["replies/voice.policy.json", "replies/respect-authority.policy.json"].map((f) =>
  policyDoc(root + f),
);
const union = (docs: Doc[]): Doc => ({
  organization: docs.find((d) => d.organization)?.organization,
  brands: docs.flatMap((d) => d.brands ?? []),
  roles: Object.assign({}, ...docs.map((d) => d.roles ?? {})),
  channels: Object.assign({}, ...docs.map((d) => d.channels ?? {})),
});
const compile = (doc: Doc) =>
  // biome-ignore lint/suspicious/noExplicitAny: the script must type-check against both the old and the new API.
  compilePolicy(definePolicy({ ...(doc as any), extends: "recommended" }));
const replies = compile(union(replyDocs));
const blind = compile(policyDoc(`${root}blind/policy.json`));
const plain = compile({
  brands: [
    { id: "p-es", name: "Plain ES", locale: "es-ES" },
    { id: "p-en", name: "Plain EN", locale: "en-GB" },
  ],
});

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = `${dir}${name}`;
      return statSync(full).isDirectory() ? files(`${full}/`) : [full];
    });
}

interface Line {
  id?: string;
  lang?: string;
  brand?: string;
  kind?: string;
  text?: string;
  t?: string;
  a?: string;
  roles?: string[];
  channel?: string;
  initials?: string;
  inReplyTo?: string;
}

type V = { ok: boolean; violations: readonly object[] };
const slim = (verdict: V) =>
  verdict.violations.map((x) => {
    const v = x as Record<string, unknown>;
    return [v.ruleId, v.span ?? null, v.messageId, v.message, v.severity, v.suggestions ?? null];
  });

let count = 0;
const out: string[] = [];
const emit = (where: string, verdict: V) => {
  count++;
  out.push(JSON.stringify([where, verdict.ok, slim(verdict)]));
};

for (const file of files(root)) {
  const rel = file.slice(root.length);
  if (file.endsWith(".jsonl")) {
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((raw, index) => {
        if (raw.trim() === "") return;
        const f = JSON.parse(raw) as Line;
        const where = `${rel}:${index + 1}`;
        if (f.t !== undefined) {
          const brand = rel.includes("-es") ? "p-es" : "p-en";
          const input = {
            brand,
            author: { id: "eval", roles: [] },
            comment: { text: f.t },
            action: f.a ?? "delete",
          };
          // biome-ignore lint/suspicious/noExplicitAny: see above.
          emit(where, evaluateModeration(plain, input as any));
          return;
        }
        const compiled = rel.startsWith("blind/") ? blind : replies;
        const common = {
          brand: f.brand ?? "",
          author: { id: "eval", roles: f.roles ?? ["agent"], initials: f.initials ?? "EV" },
          text: f.text ?? "",
          ...(f.channel === undefined ? {} : { channel: f.channel }),
        };
        emit(
          where,
          f.kind === "post"
            ? evaluatePost(compiled, common)
            : evaluateReply(compiled, {
                ...common,
                ...(f.inReplyTo === undefined ? {} : { inReplyTo: { text: f.inReplyTo } }),
              }),
        );
      });
  } else if (rel === "originality/cases.json") {
    const cases = (read(file) as { cases: { id: string; lang: string; text: string }[] }).cases;
    for (const c of cases) {
      const brand = c.lang === "es" ? "p-es" : "p-en";
      emit(`${rel}#${c.id}`, evaluatePost(plain, { brand, author: { id: "eval", roles: [] }, text: c.text }));
    }
  }
}
process.stdout.write(`${out.join("\n")}\n`);
process.stderr.write(`dumped ${count} verdicts\n`);
