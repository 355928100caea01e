/**
 * Spanish spam signals for moderation. Written and reviewed by the normas maintainers (MIT).
 *
 * None of the `offer`, `cta` or `crypto` terms is a ground alone: the classifier needs two kinds together (an offer
 * with a link or a contact cue, crypto with a money promise) so that `¿el sorteo es real?` or `pagué con bitcoin y
 * no llegó` stay clean. `bot` and `scam` phrases are spam on their own.
 */
export const spanishSpamOffers: readonly string[] = [
  "gana dinero",
  "ganar dinero",
  "dinero fácil",
  "trabaja desde casa",
  "trabajar desde casa",
  "desde casa",
  "ingresos extra",
  "ingresos pasivos",
  "seguidores gratis",
  "likes gratis",
  "compra seguidores",
  "comprar seguidores",
  "seguidores baratos",
  "código promocional",
  "oferta exclusiva",
  "oferta limitada",
  "descuento exclusivo",
  "iphone gratis",
  "tarjeta regalo",
  "premio",
  "has ganado",
  "giros gratis",
  "bono de bienvenida",
  "casino",
  "apuestas",
  "préstamo rápido",
  "préstamos rápidos",
  "relojes réplica",
];

/** Calls to action: contact, follow, click. */
export const spanishSpamCalls: readonly string[] = [
  "haz clic",
  "haz click",
  "pincha aquí",
  "click aquí",
  "clic aquí",
  "entra aquí",
  "entra en",
  "visita",
  "escríbeme",
  "escríbele",
  "escribidle",
  "contáctame",
  "contacta",
  "contactad",
  "contáctala",
  "contáctalo",
  "whatsapp",
  "wasap",
  "telegram",
  "md",
  "mándame un mensaje",
  "mensaje privado",
  "sígueme",
  "síguenos",
  "regístrate",
  "reclama",
  "descarga",
];

/** Crypto and trading vocabulary (spam only with a money promise). */
export const spanishSpamCrypto: readonly string[] = [
  "bitcoin",
  "bitcoins",
  "btc",
  "eth",
  "ethereum",
  "usdt",
  "cripto",
  "criptomonedas",
  "binance",
  "forex",
  "opciones binarias",
  "airdrop",
  "nft",
  "billetera",
  "wallet",
];

/** Bot and engagement-farming patterns: spam on their own. */
export const spanishSpamBots: readonly string[] = [
  "mira mi perfil",
  "visita mi perfil",
  "pasa por mi perfil",
  "pásate por mi perfil",
  "entra en mi perfil",
  "link en mi bio",
  "enlace en mi bio",
  "link en la bio",
  "te sigo si me sigues",
  "sígueme y te sigo",
  "sigo de vuelta",
  "md para colaborar",
  "escríbenos para colaborar",
  "envía tu foto a",
  "promociona tu cuenta",
];

/** Scam phrases: spam on their own. */
export const spanishSpamScams: readonly string[] = [
  "duplica tu dinero",
  "duplica tus bitcoins",
  "duplica tu inversión",
  "envía bitcoin",
  "envía btc",
  "envíanos btc",
  "beneficios garantizados",
  "ganancias garantizadas",
  "rentabilidad garantizada",
  "oportunidad de inversión",
  "reclama tu premio",
  "reclama tu regalo",
  "has sido seleccionado",
  "has sido seleccionada",
  "has ganado un iphone",
  "sorteo de bitcoin",
  "sorteo de criptomonedas",
  "regalo de bitcoin",
];

/** Claims of earnings (spam only with an amount of money and a contact cue, a link or crypto). */
export const spanishSpamEarnings: readonly string[] = [
  "gano",
  "gané",
  "ganando",
  "ganancias",
  "beneficios",
  "rentabilidad",
  "inversión",
  "invertir",
  "invierte",
];

/** The "mentor" of investment scams (spam with a contact cue). */
export const spanishSpamPromoters: readonly string[] = [
  "gracias a la señora",
  "gracias al señor",
  "mi gestora",
  "mi gestor",
  "mentora",
  "mentor",
  "trader",
];

/** Where a spammer points to (spam with sexual content or an offer). */
export const spanishSpamPlaces: readonly string[] = [
  "en mi perfil",
  "en mi bio",
  "en la bio",
  "link en bio",
  "en mi canal",
  "en mi página",
];
