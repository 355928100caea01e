// The text of a generated response, and the same response with its text changed: only text parts are read or
// written; tool calls, reasoning, files and sources keep their place and their identity.
import type { TextEdit } from "@normas/core";
import type { Content, GenerateResult, Usage } from "./model-types.js";

type TextContent = Extract<Content, { type: "text" }>;
const isText = (c: Content): c is TextContent => c.type === "text";

/** The text parts of a response, joined: what a reader of the reply sees. */
export function textOf(content: readonly Content[]): string {
  let out = "";
  for (const c of content) if (isText(c)) out += c.text;
  return out;
}

/** True when the response has a text part. */
export const hasText = (content: readonly Content[]): boolean => content.some(isText);

/** True when the response ends the model's turn: not a step that stops to call tools. */
export function endsTurn(result: GenerateResult): boolean {
  return result.finishReason.unified !== "tool-calls" && !result.content.some((c) => c.type === "tool-call");
}

/**
 * Applies edits (offsets into the joined text, not overlapping) to the text parts of `content`; an edit that
 * spans two parts is kept in the first. Other parts are returned as they are.
 */
export function editContent(content: readonly Content[], edits: readonly TextEdit[]): Content[] {
  const texts = content.filter(isText).map((c) => c.text);
  if (texts.length === 0 || edits.length === 0) return [...content];
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  for (const edit of sorted) {
    let at = 0;
    let inserted = false;
    for (let p = 0; p < texts.length; p++) {
      const part = texts[p] as string;
      const start = at;
      const end = at + part.length;
      at = end;
      const last = p === texts.length - 1;
      // The part where the edit starts gets its text; every part it covers loses the covered range.
      const from = Math.max(edit.start, start);
      const to = Math.min(edit.end, end);
      const startsHere = !inserted && edit.start >= start && (edit.start < end || last);
      if (!startsHere && to <= from) continue;
      const local =
        part.slice(0, from - start) + (startsHere ? edit.text : "") + part.slice(Math.max(to, from) - start);
      texts[p] = local;
      if (startsHere) inserted = true;
    }
  }
  let k = 0;
  return content.map((c) => (isText(c) ? { ...c, text: texts[k++] as string } : c));
}

const sum = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined && b === undefined ? undefined : (a ?? 0) + (b ?? 0);

/** The usage of several calls, added up (unknown counts stay unknown only when unknown in every call). */
export function addUsage(a: Usage, b: Usage): Usage {
  return {
    inputTokens: {
      total: sum(a.inputTokens.total, b.inputTokens.total),
      noCache: sum(a.inputTokens.noCache, b.inputTokens.noCache),
      cacheRead: sum(a.inputTokens.cacheRead, b.inputTokens.cacheRead),
      cacheWrite: sum(a.inputTokens.cacheWrite, b.inputTokens.cacheWrite),
    },
    outputTokens: {
      total: sum(a.outputTokens.total, b.outputTokens.total),
      text: sum(a.outputTokens.text, b.outputTokens.text),
      reasoning: sum(a.outputTokens.reasoning, b.outputTokens.reasoning),
    },
    ...(b.raw === undefined ? {} : { raw: b.raw }),
  };
}
