import * as z from "zod/mini";
import type { RuleContextBase } from "../../engine/rule.js";
import { defineRule } from "../../engine/rule.js";
import type { Span, TextEdit } from "../../model/violation.js";
import { findEmoji } from "../../text/graphemes.js";

const options = z.strictObject({
  /**
   * Match a banned emoji in every skin tone and presentation (default true): banning 👍 also bans 👍🏽 and 👍️.
   */
  matchVariants: z._default(z.boolean(), true),
});

/** An emoji without its skin-tone modifiers and variation selectors, to compare with a banned one. */
export function emojiBase(emoji: string): string {
  let out = "";
  for (const ch of emoji) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0xfe0f || cp === 0xfe0e || (cp >= 0x1f3fb && cp <= 0x1f3ff)) continue;
    out += ch;
  }
  return out;
}

/**
 * `voice/emoji`: no more emoji than the brand's `voice.maxEmoji`, and none of `voice.bannedEmoji`. Emoji are
 * counted as people see them: `👍🏽`, `👨‍👩‍👧` and `🇪🇸` are one each.
 */
export const emojiRule = defineRule({
  id: "voice/emoji",
  meta: {
    norm: 4,
    docs: { description: "Replies keep to the brand's emoji limit and never use its banned emoji." },
    defaultSeverity: "warning",
    messages: {
      en: {
        tooMany: "{count} emoji; this brand allows at most {max}.",
        none: "This brand does not use emoji.",
        banned: "This brand does not use {emoji}.",
      },
      es: {
        tooMany: "{count} emojis; esta marca admite como mucho {max}.",
        none: "Esta marca no usa emojis.",
        banned: "Esta marca no usa {emoji}.",
      },
    },
  },
  options,
  create({ options: opts, brand }) {
    const max = brand.voice.maxEmoji;
    const key = (e: string): string => (opts.matchVariants ? emojiBase(e) : e);
    const banned = new Set(brand.voice.bannedEmoji.map(key));
    if (max === undefined && banned.size === 0) return {};
    const check = (ctx: RuleContextBase): void => {
      const source = ctx.text.source;
      const found = findEmoji(source);
      for (const span of found) {
        const emoji = source.slice(span.start, span.end);
        if (!banned.has(key(emoji))) continue;
        ctx.report({
          messageId: "banned",
          data: { emoji },
          span,
          suggestions: [removal(ctx.lang, [span], source)],
          evidence: { emoji },
        });
      }
      if (max === undefined || found.length <= max) return;
      const extra = found.slice(max);
      const first = extra[0] as Span;
      const last = extra[extra.length - 1] as Span;
      ctx.report({
        messageId: max === 0 ? "none" : "tooMany",
        data: { count: found.length, max },
        span: { start: first.start, end: last.end },
        suggestions: [removal(ctx.lang, extra, source)],
        evidence: { count: found.length, max },
      });
    };
    return { reply: check, post: check };
  },
});

// Removes the emoji and one space before each, so that «Gracias 🙏» becomes «Gracias».
function removal(lang: "en" | "es", spans: readonly Span[], source: string) {
  const edits: TextEdit[] = spans.map((s) => ({
    start:
      s.start > 0 && source[s.start - 1] === " " && (s.end === source.length || source[s.end] === " ")
        ? s.start - 1
        : s.start,
    end: s.end,
    text: "",
  }));
  return {
    description: lang === "es" ? "Quitar los emojis sobrantes" : "Remove the extra emoji",
    edits,
    safe: true,
  };
}
