import { describe, expect, it } from "vitest";
import { isApprovedStatement } from "./statement-template.js";

describe("isApprovedStatement", () => {
  it("lets a slot after `de` or `a` begin with the article a contraction holds", () => {
    const template = "Daremos más información en {canal} antes de {hora}.";
    expect(
      isApprovedStatement("Daremos más información en la web antes del jueves a las 10:00.", template),
    ).toBe(true);
    expect(isApprovedStatement("Daremos más información en la web antes de las 10:00.", template)).toBe(true);
    expect(
      isApprovedStatement(
        "We will share an update on X by 5pm.",
        "We will share an update on {channel} by {time}.",
      ),
    ).toBe(true);
  });

  it("refuses a statement whose slots were left as written, or that adds a sentence", () => {
    const template = "We will share an update on {channel} by {time}.";
    expect(isApprovedStatement("We will share an update on {channel} by {time}.", template)).toBe(false);
    expect(isApprovedStatement("We will share an update on X. It is all fine by 5pm.", template)).toBe(false);
  });
});
