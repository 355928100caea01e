import * as z from "zod/mini";
import type { RuleContextBase } from "../../engine/rule.js";
import { defineRule } from "../../engine/rule.js";
import type { Span } from "../../model/violation.js";
import { countGraphemes, graphemePrefixCounts } from "../../text/graphemes.js";

const options = z.strictObject({
  /** Count with `Intl.Segmenter` where it exists (exact for every script; slower). Default false. */
  exact: z._default(z.boolean(), false),
});

/** The length a platform counts: grapheme clusters, with each URL counted as `urlLength` when one is set. */
export function platformLength(
  source: string,
  urls: readonly Span[],
  urlLength: number | undefined,
  end: number = source.length,
  exact = false,
): number {
  if (urlLength === undefined || urls.length === 0) return countGraphemes(source.slice(0, end), { exact });
  let total = 0;
  let at = 0;
  for (const url of urls) {
    if (url.start >= end) break;
    total += countGraphemes(source.slice(at, url.start), { exact }) + urlLength;
    at = url.end;
  }
  if (at < end) total += countGraphemes(source.slice(at, end), { exact });
  return total;
}

/**
 * An upper bound of `platformLength` over a whole text of `length` code units: every grapheme cluster holds at
 * least one code unit, and each URL counts `urlLength` instead of its own units.
 */
function lengthBound(length: number, urls: readonly Span[], urlLength: number | undefined): number {
  if (urlLength === undefined || urls.length === 0) return length;
  let units = 0;
  for (let u = 0; u < urls.length; u++) {
    const url = urls[u] as Span;
    // Unsorted or overlapping spans: fall back to a bound that needs no subtraction.
    if (url.end < url.start || url.end > length || (u > 0 && url.start < (urls[u - 1] as Span).end))
      return length + urls.length * urlLength;
    units += url.end - url.start;
  }
  return length - units + urls.length * urlLength;
}

/**
 * `platformLength(source, urls, urlLength, end)` for every `end` from 0 to `source.length`, in one pass over
 * the text (built-in grapheme rules). `urls` must be sorted and not overlap, as tokens are; otherwise each
 * entry is computed on its own.
 */
function prefixLengths(source: string, urls: readonly Span[], urlLength: number | undefined): Int32Array {
  const n = source.length;
  const out = new Int32Array(n + 1);
  if (urlLength === undefined || urls.length === 0) {
    graphemePrefixCounts(source, 0, n, out, 0);
    return out;
  }
  let ordered = true;
  for (let u = 0; u < urls.length; u++) {
    const url = urls[u] as Span;
    if (url.end < url.start || (u > 0 && url.start < (urls[u - 1] as Span).end)) ordered = false;
  }
  if (!ordered) {
    for (let end = 1; end <= n; end++) out[end] = platformLength(source, urls, urlLength, end);
    return out;
  }
  let total = 0;
  let at = 0;
  for (const url of urls) {
    if (url.start >= n) break;
    total = graphemePrefixCounts(source, at, url.start, out, total) + urlLength;
    // Any end inside the URL, or at its end, counts the whole URL.
    for (let k = url.start + 1; k <= Math.min(url.end, n); k++) out[k] = total;
    at = url.end;
  }
  if (at < n) graphemePrefixCounts(source, at, n, out, total);
  return out;
}

/**
 * `voice/length`: the reply fits the channel (`input.channel`): `brand.voice.maxLength[channel]`, else the
 * policy's `channels[channel].maxLength`. Counted as platforms count: grapheme clusters, and every URL as
 * `channels[channel].urlLength` characters when the channel sets it (X counts 23).
 */
export const lengthRule = defineRule({
  id: "voice/length",
  meta: {
    norm: 4,
    docs: { description: "Replies fit the channel's length limit, counted as the platform counts." },
    defaultSeverity: "error",
    messages: {
      en: { tooLong: "{count} characters; {channel} allows {max} ({over} too many)." },
      es: { tooLong: "{count} caracteres; {channel} admite {max} (sobran {over})." },
    },
  },
  options,
  create({ options: opts, brand, policy }) {
    const check = (
      ctx: RuleContextBase & { readonly input: { readonly channel?: string | undefined } },
    ): void => {
      const channelId = ctx.input.channel;
      if (channelId === undefined) return;
      // Own keys only: a channel named `constructor` must not read Object.prototype.constructor.
      const channel = Object.hasOwn(policy.channels, channelId) ? policy.channels[channelId] : undefined;
      const ownMax = Object.hasOwn(brand.voice.maxLength, channelId)
        ? brand.voice.maxLength[channelId]
        : undefined;
      const max = ownMax ?? channel?.maxLength;
      if (max === undefined) return;
      const source = ctx.text.source;
      const urlLength = channel?.urlLength;
      const urls = urlLength === undefined ? [] : ctx.text.tokens.filter((t) => t.kind === "url");
      // A cluster holds at least one code unit: when even that bound fits, nothing needs counting.
      if (lengthBound(source.length, urls, urlLength) <= max) return;
      const count = platformLength(source, urls, urlLength, source.length, opts.exact);
      if (count <= max) return;
      // The first offset past the limit: the largest prefix that still fits. The built-in count of every
      // prefix comes from one pass; the exact count (Intl.Segmenter) is asked per probe.
      const prefix = opts.exact ? undefined : prefixLengths(source, urls, urlLength);
      const lengthAt = (end: number): number =>
        prefix === undefined ? platformLength(source, urls, urlLength, end, true) : (prefix[end] as number);
      let lo = 0;
      let hi = source.length;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (lengthAt(mid) <= max) lo = mid;
        else hi = mid - 1;
      }
      // Never split a surrogate pair.
      const code = source.charCodeAt(lo - 1);
      if (code >= 0xd800 && code <= 0xdbff) lo--;
      ctx.report({
        messageId: "tooLong",
        data: { count, max, channel: channelId, over: count - max },
        span: { start: lo, end: source.length },
        evidence: { count, max, channel: channelId, urls: urls.length },
      });
    };
    return { reply: check, post: check };
  },
});
