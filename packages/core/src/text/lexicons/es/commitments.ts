import type { CommitmentCategory } from "../../../policy/schema.js";
import { type CuedLexicon, categorized, combine } from "../lexicon-entry.js";

const clitics = ["le", "te", "les", "os"];
const money = ["el importe", "el dinero", "su dinero", "tu dinero", "lo pagado", "el pago", "la diferencia", "los gastos", "el coste", "el cargo"];
const promise = ["tendrá", "tendrás", "recibirá", "recibirás", "le damos", "te damos", "le daremos", "te daremos", "le aplicaremos", "te aplicaremos", "le aplicamos", "te aplicamos", "le enviamos", "te enviamos", "le enviaremos", "te enviaremos", "le mandamos", "te mandamos", "le regalamos", "te regalamos", "le hacemos", "te hacemos", "le haremos", "te haremos"];

/**
 * Spanish commitments for `authority/commitment`: promises of a refund, compensation, discount, delivery date
 * or a legal position. First-person promises only (`le devolveremos el importe`), so deferrals such as
 * `revisaremos su caso` and pointers such as `consulte nuestra política` do not count. Written by the normas
 * maintainers (MIT); see `LEXICONS.md`.
 */
export const spanishCommitments: CuedLexicon<CommitmentCategory> = {
  phrases: [
    ...categorized("refund", [
      ...combine(clitics, ["devolveremos", "devolvemos", "vamos a devolver", "reembolsaremos", "reembolsamos", "vamos a reembolsar", "abonaremos", "abonamos", "reintegraremos", "reintegramos"], money),
      ...combine(clitics, ["reembolsaremos", "reembolsamos", "reintegraremos", "abonaremos"]),
      ...combine(["", ...clitics], ["haremos el reembolso", "hacemos el reembolso", "tramitaremos el reembolso", "tramitamos el reembolso"]),
      "procederemos al reembolso", "procedemos al reembolso", "procederemos a la devolución del importe",
      "recibirá el reembolso", "recibirás el reembolso", "recibirá un reembolso", "recibirás un reembolso", "tendrá su reembolso", "tendrás tu reembolso",
      "le devolvemos el dinero", "te devolvemos el dinero",
    ]),
    ...categorized("compensation", [
      ...combine(clitics, ["compensaremos", "compensamos", "vamos a compensar", "indemnizaremos", "indemnizamos"]),
      "como compensación", "en compensación", "a modo de compensación", "para compensarle", "para compensarte",
    ]),
    ...categorized("discount", [
      ...combine(clitics, ["aplicaremos", "aplicamos", "haremos", "hacemos", "daremos", "damos"], ["un descuento", "una rebaja"]),
      ...combine(clitics, ["enviamos", "enviaremos", "mandamos", "mandaremos", "damos"], ["un cupón de descuento", "un código de descuento", "un código promocional"]),
    ]),
    ...categorized("delivery-date", [
      ...combine(["le", "te", ""], ["garantizamos la entrega", "aseguramos la entrega", "garantizamos que llegará", "aseguramos que llegará"]),
      "llegará mañana sin falta", "se lo aseguramos", "te lo aseguramos", "se lo garantizamos", "te lo garantizamos",
    ]),
    ...categorized("legal-statement", [
      "legalmente", "según la ley", "por ley", "la ley nos obliga", "la ley no nos obliga", "no estamos obligados",
      "no estamos obligadas", "tiene derecho legal", "tienes derecho legal", "tiene derecho a una indemnización",
      "tienes derecho a una indemnización", "no hemos incumplido ninguna", "no incumplimos ninguna", "es totalmente legal",
      "es completamente legal", "es perfectamente legal", "no es ilegal", "conforme a la ley", "la normativa nos permite",
      "según la normativa", "según el reglamento", "tiene derecho a", "tienes derecho a", "tiene usted derecho a", "la ley le ampara", "la ley te ampara",
    ]),
  ],
  cues: [
    ...categorized("discount", promise),
    ...categorized("compensation", promise),
    ...categorized("delivery-date", [
      "llegará", "le llegará", "te llegará", "le llega", "te llega", "lo recibirá", "lo recibirás", "la recibirá", "la recibirás",
      "lo tendrá", "lo tendrás", "se lo entregaremos", "te lo entregaremos", "se entregará", "será entregado",
      "lo entregaremos", "estará en su casa", "estará en tu casa", "lo tiene en casa", "lo tienes en casa", "lo tendrá en casa", "lo tendrás en casa",
    ]),
  ],
  anchors: [
    ...categorized("discount", ["de descuento", "descuento del", "de rebaja", "más barato"]),
    ...categorized("compensation", ["por las molestias", "un mes de", "un mes", "un vale", "cheque regalo", "tarjeta regalo", "mes gratis", "envío gratis", "el próximo envío", "saldo a favor"]),
    ...categorized("delivery-date", [
      "mañana", "hoy", "hoy mismo", "esta tarde", "esta noche", "esta semana", "sin falta", "lunes", "martes", "miércoles", "jueves",
      "viernes", "sábado", "domingo", "24 horas", "48 horas", "antes del", "pasado mañana",
    ]),
  ],
};
