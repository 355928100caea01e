// An AI reply assistant for two brands: a model drafts replies to customers' comments, and the normas guardrail
// checks every draft before anyone sees it. The model here is the AI SDK's own mock, scripted to make the mistakes
// drafting models make (tú for a usted brand, a refund promise an agent may not make, too many emoji, no
// sign-off) and to correct them when asked. It shows block, repair and fix with generateText, then a stream.
// Run: pnpm example ai-reply-assistant
import { NormasGuardrailError, normasGuardrail, readGuardrailReport } from "@normas/ai-sdk";
import { compilePolicy, definePolicy } from "@normas/core";
import { generateText, type LanguageModelMiddleware, streamText, wrapLanguageModel } from "ai";
import { MockLanguageModelV3, simulateReadableStream } from "ai/test";

const compiled = compilePolicy(
  definePolicy({
    extends: "recommended",
    roles: { agent: { name: "Community manager", may: [] } },
    rules: { "voice/emoji": "error", "voice/sign-off": "error" },
    brands: [
      {
        id: "acme-es",
        name: "Acme España",
        locale: "es-ES",
        voice: { address: "usted", maxEmoji: 1, signOff: { template: "^{initials}" } },
      },
      {
        id: "acme-uk",
        name: "Acme UK",
        locale: "en-GB",
        voice: { register: "formal", maxEmoji: 1, signOff: { template: "^{initials}" } },
      },
    ],
  }),
);
const ana = { id: "ana", roles: ["agent"], initials: "AG" };

// What the scripted model writes first for each comment, and what it writes once normas tells it what is wrong.
const SCRIPT: Record<string, { readonly draft: string; readonly corrected: string }> = {
  "Mi pedido lleva dos semanas de retraso y nadie me contesta.": {
    draft: "Cálmate, como ya te dijimos, te devolveremos el dinero mañana. ^AG",
    corrected:
      "Sentimos mucho el retraso y que no haya tenido respuesta. ¿Puede enviarnos el número de pedido por mensaje privado? Lo revisamos hoy mismo. ^AG",
  },
  "My order arrived broken.": {
    draft: "We are so sorry 😀😀😀. Could you send us a photo of the parcel by direct message?",
    corrected: "We are so sorry. Could you send us a photo of the parcel by direct message? ^AG",
  },
  "¿Dónde está mi paquete?": {
    draft: "Sentimos la espera. ¿Puedes enviarnos el número de seguimiento? Lo miramos enseguida. ^AG",
    corrected: "Sentimos la espera. ¿Puede enviarnos el número de seguimiento? Lo miramos enseguida. ^AG",
  },
};

const lastUserText = (prompt: Parameters<MockLanguageModelV3["doGenerate"]>[0]["prompt"]): string => {
  const last = prompt.at(-1);
  return last?.role === "user" && last.content[0]?.type === "text" ? last.content[0].text : "";
};
const commentIn = (prompt: Parameters<MockLanguageModelV3["doGenerate"]>[0]["prompt"]): string => {
  const first = prompt.find((m) => m.role === "user");
  const text = first?.role === "user" && first.content[0]?.type === "text" ? first.content[0].text : "";
  return Object.keys(SCRIPT).find((c) => text.includes(c)) ?? "";
};
const usage = {
  inputTokens: { total: 50, noCache: 50, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 40, text: 40, reasoning: undefined },
};
/** The drafting model: the flawed draft first, the corrected one after normas' feedback. */
function draftingModel(): MockLanguageModelV3 {
  return new MockLanguageModelV3({
    doGenerate: async ({ prompt }) => {
      const entry = SCRIPT[commentIn(prompt)];
      const feedback = /normas de comunidad|community guidelines/.test(lastUserText(prompt));
      const text = entry === undefined ? "" : feedback ? entry.corrected : entry.draft;
      return {
        content: [{ type: "text", text }],
        finishReason: { unified: "stop", raw: "stop" },
        usage,
        warnings: [],
      };
    },
    doStream: async ({ prompt }) => {
      const text = SCRIPT[commentIn(prompt)]?.draft ?? "";
      const chunks = [{ type: "text-start" as const, id: "t" }];
      const parts = [
        ...chunks,
        ...Array.from({ length: Math.ceil(text.length / 6) }, (_, i) => ({
          type: "text-delta" as const,
          id: "t",
          delta: text.slice(i * 6, i * 6 + 6),
        })),
        { type: "text-end" as const, id: "t" },
        { type: "finish" as const, finishReason: { unified: "stop" as const, raw: "stop" }, usage },
      ];
      return {
        stream: simulateReadableStream({ chunks: parts, initialDelayInMs: null, chunkDelayInMs: null }),
      };
    },
  });
}

const guarded = (middleware: LanguageModelMiddleware) =>
  wrapLanguageModel({ model: draftingModel(), middleware });
const ask = (comment: string) => `Draft a reply to this customer comment: «${comment}»`;
const call = (brand: string) => ({ normas: { brand, author: ana } });

function showBlocked(error: NormasGuardrailError): void {
  console.log(`  ✖ blocked (${error.attempts.length} attempt(s)): “${error.text}”`);
  for (const v of error.verdict.violations)
    console.log(`      ${v.severity.padEnd(7)} ${v.ruleId}  ${v.message}`);
}

async function expectBlocked(promise: Promise<unknown>): Promise<void> {
  try {
    await promise;
  } catch (error) {
    if (NormasGuardrailError.isInstance(error)) {
      showBlocked(error);
      return;
    }
    throw error;
  }
  throw new Error("the draft should have been blocked");
}

// 1. block: the Spanish draft says tú to a usted brand and promises money back; it never reaches the customer.
const spanish = "Mi pedido lleva dos semanas de retraso y nadie me contesta.";
console.log(`1. block — acme-es — «${spanish}»`);
await expectBlocked(
  generateText({
    model: guarded(normasGuardrail({ compiled, onViolation: "block" })),
    prompt: ask(spanish),
    providerOptions: call("acme-es"),
  }),
);

// 2. repair: the same draft, sent back to the model with what is wrong, in Spanish; the second draft passes.
console.log(`\n2. repair — acme-es — «${spanish}»`);
const repaired = await generateText({
  model: guarded(normasGuardrail({ compiled, onViolation: "repair", maxRepairs: 2 })),
  prompt: ask(spanish),
  providerOptions: call("acme-es"),
});
const repairReport = readGuardrailReport(repaired.providerMetadata);
if (repairReport?.outcome !== "repaired") throw new Error("the draft should have been repaired");
console.log(`  first draft:  “${repairReport.attempts[0]?.text}”`);
console.log(
  `  feedback sent to the model:\n${(repairReport.attempts[1]?.feedback ?? "").replace(/^/gm, "    │ ")}`,
);
console.log(`  ✔ repaired:   “${repaired.text}”`);

// 3. fix: the English draft has three emoji and no sign-off; both have safe fixes, so no second call is needed.
const english = "My order arrived broken.";
console.log(`\n3. fix — acme-uk — “${english}”`);
const fixed = await generateText({
  model: guarded(normasGuardrail({ compiled, onViolation: "fix" })),
  prompt: ask(english),
  providerOptions: call("acme-uk"),
});
const fixReport = readGuardrailReport(fixed.providerMetadata);
if (fixReport?.outcome !== "fixed") throw new Error("the draft should have been fixed");
console.log(`  draft:    “${fixReport.attempts[0]?.text}”`);
for (const f of fixReport.attempts.flatMap((a) => a.fixes ?? []))
  console.log(`  fix:      ${f.ruleId}: ${f.description}`);
console.log(`  ✔ fixed:  “${fixed.text}”`);

// 4. A stream: sentences are released as each one passes; the tú form is fixed before its sentence goes out.
const where = "¿Dónde está mi paquete?";
console.log(`\n4. stream, fix — acme-es — «${where}»`);
const stream = streamText({
  model: guarded(normasGuardrail({ compiled, onViolation: "fix" })),
  prompt: ask(where),
  providerOptions: call("acme-es"),
});
for await (const part of stream.fullStream) {
  if (part.type === "text-delta") console.log(`  released: “${part.text}”`);
  if (part.type === "error") throw part.error;
}
if (readGuardrailReport(await stream.providerMetadata)?.outcome !== "fixed")
  throw new Error("expected a fix");

// 5. A stream that must stop: the promise of a refund ends it with an error part carrying the verdict.
console.log(`\n5. stream, block — acme-es — «${spanish}»`);
const blockedStream = streamText({
  model: guarded(normasGuardrail({ compiled, onViolation: "block" })),
  prompt: ask(spanish),
  providerOptions: call("acme-es"),
  onError: () => {},
});
let stopped = false;
for await (const part of blockedStream.fullStream) {
  if (part.type === "text-delta") console.log(`  released: “${part.text}”`);
  if (part.type === "error" && NormasGuardrailError.isInstance(part.error)) {
    stopped = true;
    showBlocked(part.error);
  }
}
if (!stopped) throw new Error("the stream should have ended with an error part");
