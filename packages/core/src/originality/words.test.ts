import { describe, expect, it } from "vitest";
import { foldedWords, foldWords, scanWords, WordList } from "./words.js";

describe("word folding for the source index", () => {
  it("folds case, accents and punctuation in Spanish and English", () => {
    expect(foldWords("¡ATENCIÓN! El niño pidió... una canción.")).toBe("atencion el nino pidio una cancion");
    expect(foldWords("Don’t PANIC: it's “fine”—really.")).toBe("don t panic it s fine really");
  });

  it("defeats Unicode tricks: homoglyphs, fancy letters, fullwidth forms, invisible characters, combining marks", () => {
    expect(foldWords("Сliente")).toBe("cliente"); // Cyrillic С
    expect(foldWords("𝐜𝐥𝐢𝐞𝐧𝐭𝐞 𝓬𝓵𝓲𝓮𝓷𝓽𝓮")).toBe("cliente cliente");
    expect(foldWords("ｃｌｉｅｎｔｅ")).toBe("cliente");
    expect(foldWords("cli\u200bente cus\u00adtomer")).toBe("cliente customer");
    expect(foldWords("cancio\u0301n")).toBe("cancion");
    expect(foldWords("ᴄliente ﬁne Straße")).toBe("cliente fine strasse"); // small capital, ligature, sharp s
  });

  it("keeps UTF-16 spans of the caller's text, emoji included", () => {
    const text = "😀 Hola, mundo 🎉 hello";
    const w = foldedWords(text);
    expect(w.words).toEqual(["hola", "mundo", "hello"]);
    expect(w.words.map((_, i) => text.slice(w.starts[i], w.ends[i]))).toEqual(["Hola", "mundo", "hello"]);
  });

  it("gives equal hashes to equal folded words and different ones otherwise", () => {
    const list = scanWords("Canción cancion CANCIÓN canciones", new WordList(2));
    expect(list.count).toBe(4);
    expect(list.hashA[0]).toBe(list.hashA[1]);
    expect(list.hashB[0]).toBe(list.hashB[2]);
    expect(list.hashA[3]).not.toBe(list.hashA[0]);
  });
});
