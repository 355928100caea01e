// Every length bound, default, refinement and custom message of the policy, input and rule-option schemas, as the
// issues and values a caller sees, in English and Spanish. Written when the schemas moved from zod's classic API
// to `zod/mini`: the snapshots were recorded on the classic schemas and must not change.
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { BrandCrisisStateSchema } from "../engine/crisis-input.js";
import { evaluatePost, evaluateReply } from "../engine/evaluate.js";
import { PostInputSchema, ReplyInputSchema } from "../engine/input.js";
import type { Issue } from "../model/errors.js";
import type { MessageLocale } from "../model/locale.js";
import { evaluateModeration } from "../moderation/evaluate-moderation.js";
import { builtinRules } from "../rules/catalogue.js";
import { compilePolicy } from "../rules/compile-policy.js";
import { definePolicy } from "../rules/define-policy.js";

const brand = { id: "acme-es", name: "Acme España", locale: "es-ES" as const };
const long = (n: number) => "x".repeat(n);

function lines(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    const issues = (error as { issues?: Issue[] }).issues;
    if (issues === undefined) throw error;
    return issues.map((i) => `${i.code} ${i.pathText}: ${i.message}`);
  }
  throw new Error("expected an error with issues");
}

const policyIssues = (doc: unknown, locale: MessageLocale = "en") =>
  lines(() => definePolicy(doc as never, { locale }));

const badBrand = {
  id: "Acme ES",
  name: "",
  locale: "es_ES",
  aliases: [""],
  handles: ["@"],
  hashtags: [`#${long(140)}`],
  products: [long(201)],
  crisisProtocol: "",
  voice: {
    address: "vos",
    pluralAddress: "vosotras",
    register: "loud",
    maxEmoji: -1,
    bannedEmoji: [""],
    signOff: { required: "yes", template: "" },
    maxLength: { x: 0, "": 5, y: 1.5 },
  },
  terms: {
    banned: ["", { term: long(201), inflect: "no", reason: long(501) }],
    preferred: [{ use: "", insteadOf: [] }],
  },
  rules: { "voice/emoji": { level: "loud", options: 3 } },
};

const badPolicy = {
  extends: 5,
  organization: { id: "", name: long(201) },
  brands: [badBrand, { ...brand, id: long(65) }],
  roles: { "Bad Id": {}, agent: { name: "", may: ["anything"] } },
  channels: { x: { maxLength: 0, urlLength: 1.5 } },
  crisisProtocols: [""],
  overrides: [
    { files: [] },
    {
      files: "",
      ignores: Array.from({ length: 101 }, () => "a"),
      brand: "",
      channel: long(65),
      kind: "story",
    },
    { files: [long(501)], rules: { "": "warn" } },
  ],
  docsBaseUrl: "ftp://docs.example.com/",
};

describe("policy schema checks", () => {
  it("reports each bound, enum and format of a policy in English", () => {
    expect(policyIssues(badPolicy)).toMatchInlineSnapshot(`
      [
        "invalid_type extends: Expected a preset name or a policy object.",
        "too_small organization.id: Needs at least 1 character(s).",
        "invalid_format organization.id: Use lowercase letters, digits, '.', '_' or '-' (e.g. 'acme-es').",
        "too_big organization.name: Allows at most 200 character(s).",
        "invalid_format brands[0].id: Use lowercase letters, digits, '.', '_' or '-' (e.g. 'acme-es').",
        "too_small brands[0].name: Needs at least 1 character(s).",
        "invalid_locale brands[0].locale: "es_ES" is not a locale tag: use one such as "es-ES", "es-419" or "en-GB". Did you mean "es-ES"?",
        "too_small brands[0].aliases[0]: Needs at least 1 character(s).",
        "too_small brands[0].handles[0]: Needs at least 2 character(s).",
        "too_big brands[0].hashtags[0]: Allows at most 140 character(s).",
        "too_big brands[0].products[0]: Allows at most 200 character(s).",
        "invalid_value brands[0].voice.address: Must be one of: "tu", "usted".",
        "invalid_value brands[0].voice.pluralAddress: Must be one of: "vosotros", "ustedes".",
        "invalid_value brands[0].voice.register: Must be one of: "formal", "neutral", "casual".",
        "too_small brands[0].voice.maxEmoji: Must be at least 0.",
        "too_small brands[0].voice.bannedEmoji[0]: Needs at least 1 character(s).",
        "invalid_type brands[0].voice.signOff.required: Expected true or false, but got text.",
        "too_small brands[0].voice.signOff.template: Needs at least 1 character(s).",
        "too_small brands[0].voice.maxLength.x: Must be at least 0.",
        "invalid_key brands[0].voice.maxLength[""]: Invalid key.",
        "invalid_type brands[0].voice.maxLength.y: Expected a whole number, but got 1.5.",
        "too_small brands[0].terms.banned[0]: Needs at least 1 character(s).",
        "invalid_union brands[0].terms.banned[1]: Does not match any of the accepted shapes.",
        "too_small brands[0].terms.preferred[0].use: Needs at least 1 character(s).",
        "too_small brands[0].terms.preferred[0].insteadOf: Needs at least 1 item(s).",
        "invalid_union brands[0].rules["voice/emoji"]: Does not match any of the accepted shapes.",
        "too_small brands[0].crisisProtocol: Needs at least 1 character(s).",
        "too_big brands[1].id: Allows at most 64 character(s).",
        "invalid_key roles["Bad Id"]: Invalid key.",
        "too_small roles.agent.name: Needs at least 1 character(s).",
        "invalid_value roles.agent.may[0]: Must be one of: "refund", "compensation", "discount", "delivery-date", "legal-statement", "official-statement".",
        "too_small channels.x.maxLength: Must be at least 0.",
        "invalid_type channels.x.urlLength: Expected a whole number, but got 1.5.",
        "too_small crisisProtocols[0]: Needs at least 1 character(s).",
        "too_small overrides[0].files: Needs at least 1 item(s).",
        "too_small overrides[1].files: Needs at least 1 character(s).",
        "too_big overrides[1].ignores: Allows at most 100 item(s).",
        "too_small overrides[1].brand: Needs at least 1 character(s).",
        "too_big overrides[1].channel: Allows at most 64 character(s).",
        "invalid_value overrides[1].kind: Must be one of: "reply", "post", "organic", "scheduled", "promotional", "profile-update".",
        "too_big overrides[2].files[0]: Allows at most 500 character(s).",
        "invalid_key overrides[2].rules[""]: Invalid key.",
        "invalid_format docsBaseUrl: Does not have the expected format (url).",
      ]
    `);
  });

  it("reports them in Spanish", () => {
    expect(policyIssues(badPolicy, "es")).toMatchInlineSnapshot(`
      [
        "invalid_type extends: Se esperaba el nombre de un preset o una política.",
        "too_small organization.id: Necesita al menos 1 carácter(es).",
        "invalid_format organization.id: Use minúsculas, dígitos, '.', '_' o '-' (p. ej. 'acme-es').",
        "too_big organization.name: Admite como máximo 200 carácter(es).",
        "invalid_format brands[0].id: Use minúsculas, dígitos, '.', '_' o '-' (p. ej. 'acme-es').",
        "too_small brands[0].name: Necesita al menos 1 carácter(es).",
        "invalid_locale brands[0].locale: "es_ES" no es una etiqueta de idioma: use una como "es-ES", "es-419" o "en-GB". ¿Quería decir "es-ES"?",
        "too_small brands[0].aliases[0]: Necesita al menos 1 carácter(es).",
        "too_small brands[0].handles[0]: Necesita al menos 2 carácter(es).",
        "too_big brands[0].hashtags[0]: Admite como máximo 140 carácter(es).",
        "too_big brands[0].products[0]: Admite como máximo 200 carácter(es).",
        "invalid_value brands[0].voice.address: Debe ser uno de: "tu", "usted".",
        "invalid_value brands[0].voice.pluralAddress: Debe ser uno de: "vosotros", "ustedes".",
        "invalid_value brands[0].voice.register: Debe ser uno de: "formal", "neutral", "casual".",
        "too_small brands[0].voice.maxEmoji: Debe ser como mínimo 0.",
        "too_small brands[0].voice.bannedEmoji[0]: Necesita al menos 1 carácter(es).",
        "invalid_type brands[0].voice.signOff.required: Se esperaba true o false, pero hay texto.",
        "too_small brands[0].voice.signOff.template: Necesita al menos 1 carácter(es).",
        "too_small brands[0].voice.maxLength.x: Debe ser como mínimo 0.",
        "invalid_key brands[0].voice.maxLength[""]: Clave no válida.",
        "invalid_type brands[0].voice.maxLength.y: Se esperaba un número entero, pero hay 1.5.",
        "too_small brands[0].terms.banned[0]: Necesita al menos 1 carácter(es).",
        "invalid_union brands[0].terms.banned[1]: No coincide con ninguna de las formas admitidas.",
        "too_small brands[0].terms.preferred[0].use: Necesita al menos 1 carácter(es).",
        "too_small brands[0].terms.preferred[0].insteadOf: Necesita al menos 1 elemento(s).",
        "invalid_union brands[0].rules["voice/emoji"]: No coincide con ninguna de las formas admitidas.",
        "too_small brands[0].crisisProtocol: Necesita al menos 1 carácter(es).",
        "too_big brands[1].id: Admite como máximo 64 carácter(es).",
        "invalid_key roles["Bad Id"]: Clave no válida.",
        "too_small roles.agent.name: Necesita al menos 1 carácter(es).",
        "invalid_value roles.agent.may[0]: Debe ser uno de: "refund", "compensation", "discount", "delivery-date", "legal-statement", "official-statement".",
        "too_small channels.x.maxLength: Debe ser como mínimo 0.",
        "invalid_type channels.x.urlLength: Se esperaba un número entero, pero hay 1.5.",
        "too_small crisisProtocols[0]: Necesita al menos 1 carácter(es).",
        "too_small overrides[0].files: Necesita al menos 1 elemento(s).",
        "too_small overrides[1].files: Necesita al menos 1 carácter(es).",
        "too_big overrides[1].ignores: Admite como máximo 100 elemento(s).",
        "too_small overrides[1].brand: Necesita al menos 1 carácter(es).",
        "too_big overrides[1].channel: Admite como máximo 64 carácter(es).",
        "invalid_value overrides[1].kind: Debe ser uno de: "reply", "post", "organic", "scheduled", "promotional", "profile-update".",
        "too_big overrides[2].files[0]: Admite como máximo 500 carácter(es).",
        "invalid_key overrides[2].rules[""]: Clave no válida.",
        "invalid_format docsBaseUrl: No tiene el formato esperado (url).",
      ]
    `);
  });

  it("checks the shapes of docsBaseUrl, extends and brands", () => {
    expect([
      ...policyIssues({ brands: [brand], docsBaseUrl: "not a url" }),
      ...policyIssues({ brands: [brand], docsBaseUrl: `https://example.com/${long(2000)}` }),
      ...policyIssues({ brands: [] }, "es"),
      ...policyIssues({ brands: [{ ...brand, locale: "spanish" }] }, "es"),
    ]).toMatchInlineSnapshot(`
      [
        "invalid_format docsBaseUrl: Does not have the expected format (url).",
        "too_big docsBaseUrl: Allows at most 2000 character(s).",
        "too_small brands: Necesita al menos 1 elemento(s).",
        "invalid_locale brands[0].locale: "spanish" no es una etiqueta de idioma: use una como "es-ES", "es-419" o "en-GB".",
      ]
    `);
  });

  it("applies every default", () => {
    expect(
      definePolicy({
        brands: [{ ...brand, voice: { signOff: {} }, terms: { banned: [{ term: "barato" }] } }],
      }),
    ).toMatchInlineSnapshot(`
      {
        "brands": [
          {
            "aliases": [],
            "crisisProtocol": "standard",
            "handles": [],
            "hashtags": [],
            "id": "acme-es",
            "locale": "es-ES",
            "name": "Acme España",
            "products": [],
            "rules": {},
            "terms": {
              "banned": [
                {
                  "inflect": false,
                  "term": "barato",
                },
              ],
              "preferred": [],
            },
            "voice": {
              "address": "usted",
              "bannedEmoji": [],
              "maxLength": {},
              "register": "neutral",
              "signOff": {
                "required": true,
                "template": "^{initials}",
              },
            },
          },
        ],
        "channels": {},
        "crisisProtocols": [],
        "roles": {},
        "rules": {},
      }
    `);
  });

  it("checks the options of every built-in rule", () => {
    const rules = {
      "originality/self-repetition": { options: { threshold: 0.01, minWords: 3 } },
      "originality/unattributed-copy": { options: { minWords: 201, stopPhrases: [""] } },
      "voice/formality": {
        options: { vosotrosLocales: ["e"], extraInformal: [long(101)], allowInformal: [""] },
      },
      "respect/unacknowledged-complaint": { options: { maxScore: 2 } },
      "respect/delete-dissent": { options: { allow: { spam: ["nope"] }, declaredWithoutEvidence: "maybe" } },
      "respect/escalate-removal": { options: { grounds: ["nope"] } },
      "respect/insult": { options: { allow: [""], checkQuotes: 1 } },
      "brand/foreign-brand": { options: { allow: [long(201)] } },
      "crisis/unapproved-message": { options: { topicMatch: "any" } },
      "voice/emoji": { options: { matchVariants: "yes" } },
      "authority/commitment": { options: { extra: true } },
    };
    expect([
      ...policyIssues({ brands: [brand], rules }),
      ...policyIssues(
        { brands: [brand], rules: { "originality/self-repetition": { options: { threshold: 1.5 } } } },
        "es",
      ),
    ]).toMatchInlineSnapshot(`
      [
        "too_small rules["originality/self-repetition"].options.threshold: Must be at least 0.05.",
        "too_small rules["originality/self-repetition"].options.minWords: Must be at least 4.",
        "too_big rules["originality/unattributed-copy"].options.minWords: Must be at most 200.",
        "too_small rules["originality/unattributed-copy"].options.stopPhrases[0]: Needs at least 1 character(s).",
        "too_small rules["voice/formality"].options.vosotrosLocales[0]: Needs at least 2 character(s).",
        "too_big rules["voice/formality"].options.extraInformal[0]: Allows at most 100 character(s).",
        "too_small rules["voice/formality"].options.allowInformal[0]: Needs at least 1 character(s).",
        "too_big rules["respect/unacknowledged-complaint"].options.maxScore: Must be at most 1.",
        "invalid_value rules["respect/delete-dissent"].options.allow.spam[0]: Must be one of: "hide", "delete", "ban".",
        "invalid_value rules["respect/delete-dissent"].options.declaredWithoutEvidence: Must be one of: "accept", "warn", "reject".",
        "invalid_value rules["respect/escalate-removal"].options.grounds[0]: Must be one of: "spam", "personal-data", "harassment", "hate", "threat", "sexual", "illegal".",
        "too_small rules["respect/insult"].options.allow[0]: Needs at least 1 character(s).",
        "invalid_type rules["respect/insult"].options.checkQuotes: Expected true or false, but got a number.",
        "too_big rules["brand/foreign-brand"].options.allow[0]: Allows at most 200 character(s).",
        "invalid_value rules["crisis/unapproved-message"].options.topicMatch: Must be one of: "context", "keyword".",
        "invalid_type rules["voice/emoji"].options.matchVariants: Expected true or false, but got text.",
        "unknown_key rules["authority/commitment"].options.extra: Unknown field.",
        "too_big rules["originality/self-repetition"].options.threshold: Debe ser como máximo 1.",
      ]
    `);
  });

  it("gives every built-in rule its default options", () => {
    const defaults = Object.fromEntries(builtinRules.map((rule) => [rule.id, z.parse(rule.options, {})]));
    expect(defaults).toMatchInlineSnapshot(`
      {
        "authority/commitment": {},
        "authority/liability-admission": {},
        "authority/speaks-for-company": {},
        "brand/foreign-brand": {
          "allow": [],
          "checkQuotes": false,
          "matchLowercase": false,
        },
        "crisis/publishing-paused": {},
        "crisis/unapproved-message": {
          "topicMatch": "context",
        },
        "originality/self-repetition": {
          "minWords": 8,
          "threshold": 0.6,
        },
        "originality/unattributed-copy": {
          "minWords": 8,
          "stopPhrases": [],
        },
        "respect/delete-dissent": {
          "allow": {},
          "declaredWithoutEvidence": "warn",
        },
        "respect/dismissive": {
          "checkQuotes": false,
        },
        "respect/escalate-removal": {
          "grounds": [
            "threat",
            "illegal",
          ],
        },
        "respect/insult": {
          "allow": [],
          "checkQuotes": false,
        },
        "respect/unacknowledged-complaint": {},
        "voice/banned-term": {
          "checkQuotes": true,
        },
        "voice/emoji": {
          "matchVariants": true,
        },
        "voice/formality": {
          "allowInformal": [],
          "checkQuotes": false,
          "extraInformal": [],
          "vosotrosLocales": [
            "es-ES",
            "es",
          ],
        },
        "voice/length": {
          "exact": false,
        },
        "voice/preferred-term": {
          "checkQuotes": false,
        },
        "voice/sign-off": {
          "ignoreCase": false,
        },
      }
    `);
  });
});

describe("input schema checks", () => {
  const compiled = compilePolicy(definePolicy({ brands: [brand] }));
  const author = { id: "ana" };
  const badAuthor = { id: "", roles: [""], name: long(201), initials: long(9) };
  const badComment = {
    id: long(201),
    text: long(100_001),
    author: { id: long(201), handle: long(101), followers: -1 },
    locale: "es_ES",
    previous: Array.from({ length: 201 }, () => "x"),
  };
  const badCrisis = {
    active: "yes",
    crisisId: long(201),
    state: long(65),
    severity: long(65),
    topics: [""],
    publishingPaused: 1,
    rolesAllowed: [long(65)],
    approvedMessages: [{ id: "", locale: long(17), text: "" }],
  };

  it("reports the bounds of a reply in English and Spanish", () => {
    const reply = {
      brand: "",
      channel: "",
      author: badAuthor,
      locale: "spanish",
      text: long(100_001),
      inReplyTo: badComment,
      crisis: badCrisis,
      colour: "red",
    };
    expect(lines(() => evaluateReply(compiled, reply as never))).toMatchInlineSnapshot(`
      [
        "too_small brand: Needs at least 1 character(s).",
        "too_small channel: Needs at least 1 character(s).",
        "too_small author.id: Needs at least 1 character(s).",
        "too_small author.roles[0]: Needs at least 1 character(s).",
        "too_big author.name: Allows at most 200 character(s).",
        "too_big author.initials: Allows at most 8 character(s).",
        "invalid_format locale: Use a locale such as 'es-ES', 'es-419' or 'en-GB'.",
        "too_big text: Allows at most 100000 character(s).",
        "invalid_type crisis.active: Expected true or false, but got text.",
        "too_big crisis.crisisId: Allows at most 200 character(s).",
        "too_big crisis.state: Allows at most 64 character(s).",
        "too_big crisis.severity: Allows at most 64 character(s).",
        "too_small crisis.topics[0]: Needs at least 1 character(s).",
        "invalid_type crisis.publishingPaused: Expected true or false, but got a number.",
        "too_big crisis.rolesAllowed[0]: Allows at most 64 character(s).",
        "too_small crisis.approvedMessages[0].id: Needs at least 1 character(s).",
        "too_big crisis.approvedMessages[0].locale: Allows at most 16 character(s).",
        "too_small crisis.approvedMessages[0].text: Needs at least 1 character(s).",
        "too_big inReplyTo.id: Allows at most 200 character(s).",
        "too_big inReplyTo.text: Allows at most 100000 character(s).",
        "too_big inReplyTo.author.id: Allows at most 200 character(s).",
        "too_big inReplyTo.author.handle: Allows at most 100 character(s).",
        "too_small inReplyTo.author.followers: Must be at least 0.",
        "invalid_format inReplyTo.locale: Use a locale such as 'es-ES', 'es-419' or 'en-GB'.",
        "too_big inReplyTo.previous: Allows at most 200 item(s).",
        "unknown_key colour: Unknown field.",
      ]
    `);
    const es = compilePolicy(definePolicy({ brands: [brand] }), { messageLocale: "es" });
    expect(lines(() => evaluateReply(es, reply as never))).toMatchInlineSnapshot(`
      [
        "too_small brand: Necesita al menos 1 carácter(es).",
        "too_small channel: Necesita al menos 1 carácter(es).",
        "too_small author.id: Necesita al menos 1 carácter(es).",
        "too_small author.roles[0]: Necesita al menos 1 carácter(es).",
        "too_big author.name: Admite como máximo 200 carácter(es).",
        "too_big author.initials: Admite como máximo 8 carácter(es).",
        "invalid_format locale: Use un locale como 'es-ES', 'es-419' o 'en-GB'.",
        "too_big text: Admite como máximo 100000 carácter(es).",
        "invalid_type crisis.active: Se esperaba true o false, pero hay texto.",
        "too_big crisis.crisisId: Admite como máximo 200 carácter(es).",
        "too_big crisis.state: Admite como máximo 64 carácter(es).",
        "too_big crisis.severity: Admite como máximo 64 carácter(es).",
        "too_small crisis.topics[0]: Necesita al menos 1 carácter(es).",
        "invalid_type crisis.publishingPaused: Se esperaba true o false, pero hay un número.",
        "too_big crisis.rolesAllowed[0]: Admite como máximo 64 carácter(es).",
        "too_small crisis.approvedMessages[0].id: Necesita al menos 1 carácter(es).",
        "too_big crisis.approvedMessages[0].locale: Admite como máximo 16 carácter(es).",
        "too_small crisis.approvedMessages[0].text: Necesita al menos 1 carácter(es).",
        "too_big inReplyTo.id: Admite como máximo 200 carácter(es).",
        "too_big inReplyTo.text: Admite como máximo 100000 carácter(es).",
        "too_big inReplyTo.author.id: Admite como máximo 200 carácter(es).",
        "too_big inReplyTo.author.handle: Admite como máximo 100 carácter(es).",
        "too_small inReplyTo.author.followers: Debe ser como mínimo 0.",
        "invalid_format inReplyTo.locale: Use un locale como 'es-ES', 'es-419' o 'en-GB'.",
        "too_big inReplyTo.previous: Admite como máximo 200 elemento(s).",
        "unknown_key colour: Campo desconocido.",
      ]
    `);
  });

  it("reports the bounds of a post and of a moderation action", () => {
    expect([
      ...lines(() => evaluatePost(compiled, { brand: long(65), author, text: "x", kind: "story" } as never)),
      ...lines(() =>
        evaluateModeration(compiled, {
          brand: "acme-es",
          author,
          comment: { text: "x" },
          action: "nuke",
          reason: { ground: "rudeness", note: long(2001) },
        } as never),
      ),
    ]).toMatchInlineSnapshot(`
      [
        "too_big brand: Allows at most 64 character(s).",
        "invalid_value kind: Must be one of: "organic", "scheduled", "promotional", "profile-update".",
        "invalid_value action: Must be one of: "keep", "reply", "hide", "delete", "ban".",
        "invalid_value reason.ground: Must be one of: "spam", "personal-data", "harassment", "hate", "threat", "sexual", "illegal".",
        "too_big reason.note: Allows at most 2000 character(s).",
      ]
    `);
  });

  it("applies the defaults of inputs and crisis states", () => {
    expect([
      PostInputSchema.parse({ brand: "acme-es", author, text: "x" }),
      ReplyInputSchema.parse({ brand: "acme-es", author, text: "x", crisis: { active: true } }),
      BrandCrisisStateSchema.parse({ active: false, approvedMessages: undefined }),
    ]).toMatchInlineSnapshot(`
      [
        {
          "author": {
            "id": "ana",
            "roles": [],
          },
          "brand": "acme-es",
          "kind": "organic",
          "text": "x",
        },
        {
          "author": {
            "id": "ana",
            "roles": [],
          },
          "brand": "acme-es",
          "crisis": {
            "active": true,
            "approvedMessages": [],
            "publishingPaused": false,
            "rolesAllowed": [],
            "topics": [],
          },
          "text": "x",
        },
        {
          "active": false,
          "approvedMessages": [],
          "publishingPaused": false,
          "rolesAllowed": [],
          "topics": [],
        },
      ]
    `);
  });
});
