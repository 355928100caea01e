import * as z from "zod/mini";
import { LANGUAGE_CODES, type LocaleTag } from "../lang/index.js";
import { COMMITMENT_CATEGORIES } from "../model/commitments.js";
import { didYouMean } from "../model/did-you-mean.js";
import { TermsSchema } from "./terms.js";
import { VoiceSchema } from "./voice.js";

const id = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(64),
    z.regex(/^[a-z0-9][a-z0-9._-]*$/, "Use lowercase letters, digits, '.', '_' or '-' (e.g. 'acme-es')."),
  );

const LOCALE_SHAPE = /^[a-z]{2,3}(?:-(?:[A-Z]{2}|\d{3}))?$/;

/**
 * BCP 47 locale of a text (an input, a comment, a source document), e.g. `es-ES`, `es-MX`, `es-419`, `en-GB`:
 * any language is accepted; texts in a language normas does not know are read with the English rules.
 */
export const TextLocaleSchema = z
  .string()
  .check(z.regex(LOCALE_SHAPE, "Use a locale such as 'es-ES', 'es-419' or 'en-GB'."));
const EXAMPLE_TAGS = ["es-ES", "es-MX", "es-419", "en-GB", "en-US", ...LANGUAGE_CODES];

/**
 * BCP 47 locale of a brand: `es-ES`, `es-MX`, `es-419`, `en-GB`. Typed `LocaleTag` (a language of the registry),
 * so `es_ES` and `fr-FR` do not compile; at run time a malformed tag (`es_ES`) is refused with the tag it was
 * probably meant to be, and a well-formed tag in a language normas does not know (`fr-FR`, from a file) is
 * accepted and checked with the English lists (`normas check` and `policy validate` warn about it).
 */
export const LocaleSchema = z.string().check(
  z.superRefine((tag, ctx) => {
    if (LOCALE_SHAPE.test(tag)) return;
    const guess = didYouMean(tag, EXAMPLE_TAGS);
    const hint = guess === undefined ? "" : ` Did you mean "${guess}"?`;
    const pista = guess === undefined ? "" : ` ¿Quería decir "${guess}"?`;
    ctx.addIssue({
      code: "custom",
      message: `"${tag}" is not a locale tag: use one such as "es-ES", "es-419" or "en-GB".${hint}`,
      params: {
        code: "invalid_locale",
        es: `"${tag}" no es una etiqueta de idioma: use una como "es-ES", "es-419" o "en-GB".${pista}`,
      },
    });
  }),
) as unknown as z.ZodMiniType<LocaleTag, LocaleTag>;

/** A role of the organisation and what it may commit to. */
export const RoleSchema = z.strictObject({
  /** A readable name, e.g. "Community manager". */
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** Commitment categories this role may make. */
  may: z._default(z.array(z.enum(COMMITMENT_CATEGORIES)), []),
});

/** The setting of one rule: a level, or a level with the rule's own options. */
export const RuleSettingSchema = z.union([
  z.enum(["off", "warn", "error", "info"]),
  z.strictObject({
    level: z.optional(z.enum(["off", "warn", "error", "info"])),
    options: z.optional(z.record(z.string(), z.unknown())),
  }),
]);

/**
 * A rule setting as written in a policy.
 *
 * @category Policy
 */
export type RuleSetting = z.output<typeof RuleSettingSchema>;

/** Rule settings by rule id (e.g. `"voice/formality": "error"`). */
export const RuleSettingsSchema = z.record(z.string().check(z.minLength(1)), RuleSettingSchema);

/** A brand the organisation speaks for. */
export const BrandSchema = z.strictObject({
  /** Stable id, unique in the policy, e.g. `acme-es`. */
  id,
  /** The brand's display name, e.g. "Acme España". */
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The brand's language and region. */
  locale: LocaleSchema,
  /** Other names the brand is known by. */
  aliases: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(200))), []),
  /** Social handles, with their `@`. */
  handles: z._default(z.array(z.string().check(z.minLength(2), z.maxLength(100))), []),
  /** Hashtags, with their `#`. */
  hashtags: z._default(z.array(z.string().check(z.minLength(2), z.maxLength(140))), []),
  /** Product names. */
  products: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(200))), []),
  /** How the brand speaks. */
  voice: z._default(VoiceSchema, VoiceSchema.parse({})),
  /** The brand's own banned and preferred terms. */
  terms: z._default(TermsSchema, TermsSchema.parse({})),
  /** Rule settings for this brand only; they override the policy's `rules`. */
  rules: z._default(RuleSettingsSchema, {}),
  /** Id of the crisis protocol this brand follows (`standard` unless said). */
  crisisProtocol: z._default(z.string().check(z.minLength(1), z.maxLength(64)), "standard"),
});

/**
 * A brand as written in a policy, with defaults applied.
 *
 * @category Policy
 */
export type Brand = z.output<typeof BrandSchema>;

/** Limits of one publishing channel, counted as the platform counts. */
export const ChannelSchema = z.strictObject({
  /** Maximum length in grapheme clusters (user-perceived characters). */
  maxLength: z.optional(z.int().check(z.positive())),
  /** When set, every URL counts as this many characters (X/Twitter counts 23). */
  urlLength: z.optional(z.int().check(z.positive())),
});

/**
 * A channel's limits.
 *
 * @category Policy
 */
export type Channel = z.output<typeof ChannelSchema>;

/** What a text may be checked as: a reply, a post (organic) or a post of a given kind. */
export const TEXT_KINDS = ["reply", "post", "organic", "scheduled", "promotional", "profile-update"] as const;

/**
 * Settings for the files whose path matches `files` (globs relative to the policy file: `*` and `?` within a
 * folder name, `**` for any number of folders), as `normas check` applies them. A file's own front matter or
 * record fields win over an override; later overrides win over earlier ones.
 */
export const OverrideSchema = z.strictObject({
  /** Globs of the files this override applies to, e.g. `drafts/es/**` or `["**\/*.es.md"]`. */
  files: z.union([
    z.string().check(z.minLength(1), z.maxLength(500)),
    z.array(z.string().check(z.minLength(1), z.maxLength(500))).check(z.minLength(1), z.maxLength(100)),
  ]),
  /** Globs of files left out even when `files` matches. */
  ignores: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(500))).check(z.maxLength(100))),
  /** Brand of the texts in these files (a brand id of this policy). */
  brand: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  /** Channel of the texts in these files. */
  channel: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  /** Check these texts as replies, posts, or posts of a given kind. */
  kind: z.optional(z.enum(TEXT_KINDS)),
  /** Rule settings for these files; they override the policy's and the brand's. */
  rules: z.optional(RuleSettingsSchema),
});

/** An override as written in a policy. */
export type Override = z.output<typeof OverrideSchema>;

/** The policy document: an organisation, its brands, roles, channels and rule settings. */
export const PolicyDocumentSchema = z.strictObject({
  /** Editors use this to find the JSON Schema; ignored by normas. */
  $schema: z.optional(z.string()),
  /** Presets or other policies this one builds on (see `definePolicy`). */
  extends: z.optional(z.union([z.string(), z.array(z.string())])),
  /** The organisation (agency) that runs the brands. */
  organization: z.optional(
    z.strictObject({
      id,
      name: z.string().check(z.minLength(1), z.maxLength(200)),
    }),
  ),
  /** The brands this organisation speaks for; ids must be unique. */
  brands: z.array(BrandSchema).check(z.minLength(1)),
  /** Roles by id (e.g. `community-manager`, `legal`) and what each may commit to. */
  roles: z._default(z.record(id, RoleSchema), {}),
  /** Channels by id (e.g. `x`, `instagram`) and their limits. */
  channels: z._default(z.record(id, ChannelSchema), {}),
  /** Rule settings for every brand. */
  rules: z._default(RuleSettingsSchema, {}),
  /** Ids of the crisis protocols the organisation has defined besides `standard`. */
  crisisProtocols: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(64))), []),
  /** Per-glob settings for the files `normas check` reads (brand, channel, kind, rules). */
  overrides: z.optional(z.array(OverrideSchema).check(z.maxLength(1000))),
  /**
   * Absolute URL that rule documentation links start from, e.g. `https://docs.example.com/normas/rules/`: the
   * rule id and `.md` are appended. Used by `normas check` for `docsUrl` and SARIF `helpUri`.
   */
  docsBaseUrl: z.optional(z.url({ protocol: /^https?$/ }).check(z.maxLength(2000))),
});

/**
 * A validated policy: plain JSON data with every default applied.
 *
 * @category Policy
 */
export type Policy = z.output<typeof PolicyDocumentSchema>;

/**
 * What `definePolicy` accepts: a policy document, with defaults still to apply.
 *
 * @category Policy
 */
export type PolicyInput = z.input<typeof PolicyDocumentSchema>;

/** A brand as written in a policy, before defaults. */
export type BrandInput = z.input<typeof BrandSchema>;

/** An override as written in a policy, before defaults. */
export type OverrideInput = z.input<typeof OverrideSchema>;
