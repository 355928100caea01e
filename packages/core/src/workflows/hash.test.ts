import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sealCrisisEvent } from "./crisis/chain.js";
import { openCrisis } from "./crisis/lifecycle.js";
import { standardProtocol } from "./crisis/standard-protocol.js";
import { CRISIS_GENESIS_HASH, canonicalJson, Hash64, hash64, hashCanonical } from "./hash.js";

// Property runs are many; on a loaded machine they may take longer than the default 5 s (a limit, not a check).
const PROPERTY_TIME = { timeout: 120_000 };

describe("the streaming hash", PROPERTY_TIME, () => {
  it("gives the hash of the whole text, however the text is cut into pieces", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" }), { maxLength: 8 }), (pieces) => {
        const h = new Hash64();
        for (const p of pieces) h.add(p);
        expect(h.digest()).toBe(hash64(pieces.join("")));
      }),
      { numRuns: 300 },
    );
  });

  it("hashes any JSON value as hash64 of its canonical JSON, escapes and lone surrogates included", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(hashCanonical(value)).toBe(hash64(canonicalJson(value)));
      }),
      { numRuns: 300 },
    );
    const nasty = {
      a: 'quote " back \\ nul \u0000 tab \t',
      b: "lone \ud800 and pair 😀",
      "ñ key": ["é", 1.5, null],
    };
    expect(hashCanonical(nasty)).toBe(hash64(canonicalJson(nasty)));
  });

  it("seals events whose texts need escaping to the hash of their canonical JSON (es and en)", () => {
    for (const reason of ['dice "basta" y\nse va \u0000 ☂', 'says "stop"\tand leaves \udfff']) {
      const { event } = openCrisis(
        standardProtocol,
        { crisisId: "c", brand: "b", actor: "ana", role: "legal", reason },
        0,
      );
      const sealed = sealCrisisEvent(event, CRISIS_GENESIS_HASH);
      expect(sealed.hash).toBe(hash64(canonicalJson({ ...sealed, hash: undefined })));
    }
  });
});
