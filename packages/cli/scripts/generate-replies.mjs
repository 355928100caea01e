// Writes N JSON Lines replies (default 100,000) for the example policy, to measure `normas check` throughput:
//
//   node packages/cli/scripts/generate-replies.mjs 100000 > /tmp/replies.jsonl
//   pnpm exec normas check -p examples/normas.config.yaml /tmp/replies.jsonl -f json > /dev/null
//
// Deterministic (a fixed linear congruential generator), so every run measures the same texts.
const count = Number(process.argv[2] ?? 100_000);
let seed = 20261125;
const next = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (list) => list[Math.floor(next() * list.length)];

const comments = {
  es: [
    "Mi pedido lleva dos semanas de retraso. Vergonzoso.",
    "¿Tienen envíos a Canarias?",
    "El producto llegó roto y nadie me contesta.",
    "Me encanta la nueva colección, ¡enhorabuena!",
    "¿Me devolvéis el dinero o no?",
  ],
  en: [
    "My parcel never arrived and nobody answers.",
    "Do you ship to Ireland?",
    "The app keeps logging me out. Useless.",
    "Love the new range, well done!",
    "I want my money back.",
  ],
};
const replies = {
  es: [
    "Lamentamos mucho el retraso. ¿Puede escribirnos por mensaje privado con su número de pedido? Lo revisamos hoy mismo.",
    "Sí, enviamos a Canarias. Los plazos y costes están en nuestra página de envíos.",
    "Si hubiera leído las instrucciones, no tendría este problema. Cálmese.",
    "¡Muchas gracias! Nos alegra que le guste.",
    "Claro, le devolvemos el importe íntegro mañana mismo.",
    "Qué idiota el transportista, siempre igual. Le enviamos otro.",
  ],
  en: [
    "We are sorry your parcel has not arrived. Could you send us your order number by direct message? We will look into it today.",
    "Yes, we ship to Ireland. Delivery times and costs are on our shipping page.",
    "Calm down. It's obviously your fault for not reading the terms.",
    "Thank you so much! We are glad you like it.",
    "No problem, we will refund you in full and add a £20 voucher for the trouble.",
  ],
};
const brands = [
  ["acme-es", "es"],
  ["acme-mx", "es"],
  ["acme-uk", "en"],
];

const out = process.stdout;
let i = 0;
function writeSome() {
  while (i < count) {
    const [brand, lang] = pick(brands);
    const line = JSON.stringify({
      id: `r${i + 1}`,
      brand,
      author: pick(["marta", "luis", "sam"]),
      inReplyTo: pick(comments[lang]),
      text: pick(replies[lang]),
    });
    i++;
    if (!out.write(`${line}\n`)) {
      out.once("drain", writeSome);
      return;
    }
  }
}
writeSome();
