import { describe, expect, it } from "vitest";
import { didYouMean, editDistance } from "./did-you-mean.js";

describe("didYouMean", () => {
  it("suggests the preset a typo was meant to be", () => {
    expect(didYouMean("recomended", ["recommended", "strict"])).toBe("recommended");
  });
  it("suggests a rule id with swapped letters", () => {
    expect(didYouMean("voice/fromality", ["voice/formality", "voice/emoji"])).toBe("voice/formality");
  });
  it("reads an underscore as a hyphen and ignores case", () => {
    expect(didYouMean("ES_es", ["es-ES", "en-GB"])).toBe("es-ES");
  });
  it("suggests nothing when no name is close", () => {
    expect(didYouMean("totally-different", ["recommended", "strict"])).toBeUndefined();
  });
  it("stops comparing once the distance passes the limit", () => {
    expect(editDistance("a".repeat(60), "b".repeat(60), 3)).toBe(4);
    expect(didYouMean("x".repeat(10_000), ["recommended"])).toBeUndefined();
  });
});
