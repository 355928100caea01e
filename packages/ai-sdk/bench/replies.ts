// Replies for the benchmarks and the stress run: clean sentences of a community manager in Spanish (usted) and
// English (formal), joined into replies of a given length, deterministically.
import { compilePolicy, definePolicy } from "@normas/core";

export const compiled = compilePolicy(
  definePolicy({
    extends: "recommended",
    roles: { agent: { may: [] } },
    brands: [
      {
        id: "acme-es",
        name: "Acme España",
        locale: "es-ES",
        voice: { address: "usted", maxEmoji: 1, signOff: { template: "^{initials}" } },
      },
      {
        id: "acme-uk",
        name: "Acme UK",
        locale: "en-GB",
        voice: { register: "formal", maxEmoji: 1, signOff: { template: "^{initials}" } },
      },
    ],
  }),
);

const author = { id: "ana", roles: ["agent"], initials: "AG" };
export const context = {
  es: { brand: "acme-es", author, inReplyTo: { text: "Mi pedido lleva dos semanas de retraso." } },
  en: { brand: "acme-uk", author, inReplyTo: { text: "My order is two weeks late." } },
} as const;

const SENTENCES = {
  es: [
    "Sentimos mucho el retraso de su pedido.",
    "¿Puede enviarnos el número de pedido por mensaje privado?",
    "Lo revisamos con el equipo de logística hoy mismo.",
    "Gracias por su paciencia y por avisarnos.",
    "Le escribiremos en cuanto tengamos noticias del envío.",
    "Entendemos lo molesto que resulta esperar tanto.",
    "Nuestro horario de atención es de nueve a seis.",
  ],
  en: [
    "We are very sorry about the delay with your order.",
    "Could you send us your order number by direct message?",
    "We are checking it with the delivery team today.",
    "Thank you for your patience and for letting us know.",
    "We will write to you as soon as we hear about the parcel.",
    "We understand how annoying such a long wait is.",
    "Our support hours are from nine to six.",
  ],
} as const;

/** `count` replies of about `length` characters (whole sentences, signed), rotating the sentences. */
export function replies(lang: "es" | "en", count: number, length = 280): string[] {
  const pool = SENTENCES[lang];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = "";
    for (let k = i; text.length + (pool[k % pool.length] as string).length + 5 <= length; k++) {
      text += `${text === "" ? "" : " "}${pool[k % pool.length]}`;
    }
    out.push(`${text} ^AG`);
  }
  return out;
}
