import * as z from "zod/mini";
import { defineRule } from "../../engine/rule.js";

const options = z.strictObject({
  /** Compare the sign-off ignoring case (`^mg` for `^MG`). Default false. */
  ignoreCase: z._default(z.boolean(), false),
});

const TRAILING_CHAR = /[\s.!]/;

/**
 * The text without its trailing white space, full stops and exclamation marks. Read backwards one character
 * at a time: the regular expression `/[\s.!]+$/` retries from every space of a long run not at the end.
 */
function trimTrailing(source: string): string {
  let end = source.length;
  while (end > 0 && TRAILING_CHAR.test(source[end - 1]!)) end--;
  return source.slice(0, end);
}

/**
 * The sign-off a template gives for an author (`{initials}`, `{name}`; other braces are literal text), or
 * undefined when a placeholder has no value.
 */
export function renderSignOff(
  template: string,
  author: { readonly initials?: string | undefined; readonly name?: string | undefined },
): string | undefined {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open === -1) break;
    const close = template.indexOf("}", open);
    if (close === -1) break;
    out += template.slice(i, open);
    const key = template.slice(open + 1, close);
    if (key === "initials" || key === "name") {
      const value = key === "initials" ? author.initials : author.name;
      if (value === undefined) return undefined;
      out += value;
    } else out += `{${key}}`;
    i = close + 1;
  }
  return out + template.slice(i);
}

const isLetter = (ch: string): boolean => /\p{L}/u.test(ch);

/**
 * `voice/sign-off`: the reply ends with the author's signature as the brand's `voice.signOff.template` says
 * (`^{initials}` with `input.author.initials` gives `^MG`). Trailing spaces and full stops are ignored.
 */
export const signOffRule = defineRule({
  id: "voice/sign-off",
  meta: {
    norm: 4,
    docs: { description: "Replies end with the agent's sign-off when the brand requires one." },
    defaultSeverity: "warning",
    messages: {
      en: {
        missing: "The reply does not end with the sign-off “{signOff}”.",
        wrong: "The reply is signed “{found}”; its author signs “{signOff}”.",
        noInitials: "The brand requires the sign-off “{template}”, but the author has no {placeholder}.",
      },
      es: {
        missing: "La respuesta no termina con la firma «{signOff}».",
        wrong: "La respuesta va firmada «{found}»; su autor firma «{signOff}».",
        noInitials: "La marca exige la firma «{template}», pero el autor no tiene {placeholder}.",
      },
    },
  },
  options,
  create({ options: opts, brand }) {
    const signOff = brand.voice.signOff;
    if (signOff === undefined || !signOff.required) return {};
    const template = signOff.template;
    const marker = template.indexOf("{");
    const prefix = marker === -1 ? template : template.slice(0, marker);
    return {
      reply(ctx) {
        const author = ctx.input.author;
        const expected = renderSignOff(template, author);
        if (expected === undefined) {
          const placeholder = template.includes("{initials}") ? "initials" : "name";
          ctx.report({
            messageId: "noInitials",
            data: {
              template,
              placeholder:
                ctx.lang === "es" ? (placeholder === "initials" ? "iniciales" : "nombre") : placeholder,
            },
            evidence: { template },
          });
          return;
        }
        const source = ctx.text.source;
        const trimmed = trimTrailing(source);
        const same = (a: string, b: string): boolean =>
          opts.ignoreCase ? a.toLowerCase() === b.toLowerCase() : a === b;
        const tail = trimmed.slice(trimmed.length - expected.length);
        const before = trimmed[trimmed.length - expected.length - 1];
        if (
          same(tail, expected) &&
          (before === undefined || !isLetter(before) || !isLetter(expected[0] ?? ""))
        )
          return;
        // Another signature in the same shape (^XY for ^MG): replace it.
        const at = prefix === "" ? -1 : trimmed.lastIndexOf(prefix);
        const found = at === -1 ? "" : trimmed.slice(at);
        const signature =
          found.length > prefix.length &&
          found.length <= prefix.length + 8 &&
          [...found.slice(prefix.length)].every(isLetter);
        if (signature) {
          ctx.report({
            messageId: "wrong",
            data: { found, signOff: expected },
            span: { start: at, end: trimmed.length },
            suggestions: [
              {
                description: ctx.lang === "es" ? `Firmar «${expected}»` : `Sign “${expected}”`,
                edits: [{ start: at, end: trimmed.length, text: expected }],
                safe: true,
              },
            ],
            evidence: { found, expected },
          });
          return;
        }
        const end = source.length;
        const gap = end === 0 || /\s$/.test(source) ? "" : " ";
        ctx.report({
          messageId: "missing",
          data: { signOff: expected },
          span: { start: trimmed.length, end: trimmed.length },
          suggestions: [
            {
              description:
                ctx.lang === "es" ? `Añadir «${expected}» al final` : `Add “${expected}” at the end`,
              edits: [{ start: end, end, text: `${gap}${expected}` }],
              safe: true,
            },
          ],
          evidence: { expected },
        });
      },
    };
  },
});
