import { describe, expect, it } from "vitest";
import { InputError } from "../model/errors.js";
import { parseDisableDirective, parseRecord } from "./record.js";

function issuesOf(value: unknown, options = {}) {
  try {
    parseRecord(value, options);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).issues.map((i) => [i.pathText, i.code, i.message]);
  }
  throw new Error("parsed");
}

describe("parseRecord", () => {
  it("reads a reply with a string author and a string inReplyTo, in Spanish and English", () => {
    for (const text of ["Lo sentimos mucho.", "We are sorry."]) {
      const record = parseRecord(
        { id: 7, brand: "acme-es", author: "marta", inReplyTo: "¿Dónde está mi pedido?", text },
        { defaults: { author: { id: "cli", roles: ["agent"] } } },
      );
      expect(record).toEqual({
        id: "7",
        kind: "reply",
        disable: [],
        input: {
          brand: "acme-es",
          author: { id: "marta", roles: ["agent"] },
          inReplyTo: { text: "¿Dónde está mi pedido?" },
          text,
        },
      });
    }
  });

  it("reads a post kind as a post of that kind, and kind post as an organic post", () => {
    const promo = parseRecord({ kind: "promotional", brand: "b", author: "a", text: "Sale" });
    expect(promo).toMatchObject({ kind: "post", input: { kind: "promotional" } });
    const post = parseRecord({ kind: "post", brand: "b", author: "a", text: "Hi" });
    expect(post.kind).toBe("post");
    expect(post.input).not.toHaveProperty("kind");
  });

  it("reads a record with an action as a moderation action, its comment given as a string", () => {
    const record = parseRecord({ brand: "b", author: "mod", action: "hide", comment: "Sois unos inútiles" });
    expect(record).toMatchObject({ kind: "moderation", input: { comment: { text: "Sois unos inútiles" } } });
  });

  it("applies defaults for brand, channel, author and kind", () => {
    const record = parseRecord(
      { text: "Hello" },
      { defaults: { brand: "acme-uk", channel: "x", author: { id: "cli" }, kind: "scheduled" } },
    );
    expect(record).toMatchObject({
      kind: "post",
      input: { brand: "acme-uk", channel: "x", kind: "scheduled" },
    });
  });

  it("refuses unknown fields with their path, unless told to ignore them (exports of real tools)", () => {
    const exported = {
      brand: "b",
      author: { id: "a", avatar: "x.png" },
      text: "Hi",
      platform: "instagram",
      inReplyTo: { text: "Hey", url: "https://x", author: { handle: "@x", verified: true } },
    };
    expect(
      issuesOf(exported)
        .map((i) => i[0])
        .sort(),
    ).toEqual(["author.avatar", "inReplyTo.author.verified", "inReplyTo.url", "platform"]);
    const record = parseRecord(exported, { ignoreUnknownFields: true });
    expect(record.input).toEqual({
      brand: "b",
      author: { id: "a" },
      text: "Hi",
      inReplyTo: { text: "Hey", author: { handle: "@x" } },
    });
  });

  it("reports a wrong kind, id and disable, and a missing text, together, in English and Spanish", () => {
    const bad = { id: {}, kind: "tweet", disable: 3, brand: "b", author: "a" };
    const en = issuesOf(bad);
    expect(en.map((i) => i[0])).toEqual(["id", "kind", "disable", "text"]);
    const es = issuesOf(bad, { locale: "es" });
    expect(es[1]?.[2]).toContain("Se esperaba uno de reply, post, moderation");
    expect(es[3]?.[2]).not.toBe(en[3]?.[2]);
  });

  it("refuses what is not an object", () => {
    for (const value of [null, [], "text", 3]) expect(issuesOf(value)[0]?.[0]).toBe("(root)");
  });

  it("reads disable as true, one directive or a list, with reasons", () => {
    const base = { brand: "b", author: "a", text: "x" };
    expect(parseRecord({ ...base, disable: true }).disable).toEqual([{}]);
    expect(parseRecord({ ...base, disable: "voice/emoji -- campaña" }).disable).toEqual([
      { rules: ["voice/emoji"], reason: "campaña" },
    ]);
    expect(
      parseRecord({ ...base, disable: ["voice/emoji, voice/length", "-- all of them"] }).disable,
    ).toEqual([{ rules: ["voice/emoji", "voice/length"] }, { reason: "all of them" }]);
  });
});

describe("parseDisableDirective", () => {
  it("splits rule ids by commas or spaces and keeps the reason after --", () => {
    expect(parseDisableDirective(" voice/emoji  voice/length,brand/x -- because -- really ")).toEqual({
      rules: ["voice/emoji", "voice/length", "brand/x"],
      reason: "because -- really",
    });
    expect(parseDisableDirective("")).toEqual({});
  });
});

describe("parseRecord without input validation", () => {
  it("still checks the record's own fields, and leaves the input to the evaluation", () => {
    const bad = { kind: "tweet", brand: "b", author: "a", text: 3 };
    expect(issuesOf(bad, { validate: false }).map((i) => i[0])).toEqual(["kind"]);
    const record = parseRecord({ brand: "b", author: "a", text: 3 }, { validate: false });
    expect(record.input).toMatchObject({ text: 3 });
  });
});
