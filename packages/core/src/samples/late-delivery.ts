import type { NormasPolicyDefinition } from "../rules/define-policy.js";
import type { CaseCommandInput, OpenCaseInput } from "../workflows/cases/commands.js";
import type { CaseTextAuthor } from "../workflows/cases/evaluate-draft.js";
import type { CaseRefusalCode } from "../workflows/cases/refusal.js";
import type { EpochMs } from "../workflows/clock.js";
import type { LocalizedText } from "../workflows/localized-text.js";

/** A `draft` step of a script: the verdict is computed when the script is played, never written by hand. */
export interface ScriptedDraft {
  /** Always `draft`. */
  readonly type: "draft";
  /** The drafter, with the roles the policy checks. */
  readonly author: CaseTextAuthor;
  /** The draft text. */
  readonly text: string;
}

/** One step of a scripted case: a command at a minute, what it shows, and the outcome expected. */
export interface CaseScriptStep {
  /** Minutes after the case was opened. */
  readonly minute: number;
  /** What the step shows, in both languages. */
  readonly note: LocalizedText;
  /** The command; drafts are evaluated when played. */
  readonly command: Exclude<CaseCommandInput, { type: "draft" }> | ScriptedDraft;
  /** `accepted`, or the refusal code the workflow must give. */
  readonly expect: "accepted" | CaseRefusalCode;
}

/** A case told as data: a policy to evaluate drafts with, the opening, and the steps in order. */
export interface CaseScript {
  /** A policy definition (for `definePolicy`) with the brand the case concerns. */
  readonly policy: NormasPolicyDefinition;
  /** When the case is opened, whole epoch milliseconds (minute 0). */
  readonly start: EpochMs;
  /** The opening. */
  readonly open: OpenCaseInput;
  /** The steps, oldest first. */
  readonly steps: readonly CaseScriptStep[];
}

/** The reply Lucía drafts and, once reviewed, publishes. */
const reply =
  "Hola, Marta. Lamentamos el retraso de su pedido #4821 y entendemos su enfado. Hemos revisado qué pasó: su pedido se confirmó después de la última recogida del transportista y la web no lo tuvo en cuenta. El equipo de logística ya está ajustando ese horario. Le escribimos por mensaje privado para darle el seguimiento. ^LG";

const lucia = { id: "lucia", roles: ["agent"], initials: "LG" };

/**
 * The worked example of the MAMA guide: a Spanish complaint about a late delivery from a customer with
 * 48,200 followers, traced through five whys to a carrier's cut-off time (18:00) that the shop's website
 * still had at 20:00. High reach, so: five whys, a reviewer other than the drafter, a 10-minute cool-down.
 * The script includes the refusals a hurried agent meets on the way.
 */
export const lateDeliveryCase: CaseScript = {
  policy: {
    extends: "recommended",
    roles: {
      agent: { name: "Agente", may: [] },
      supervisor: { name: "Supervisora", may: ["refund", "compensation", "discount", "delivery-date"] },
    },
    brands: [
      {
        id: "acme-es",
        name: "Acme España",
        locale: "es-ES",
        handles: ["@acme_es"],
        voice: { address: "usted", register: "formal" },
      },
    ],
  },
  start: Date.UTC(2026, 10, 23, 9, 0),
  open: {
    id: "case-2026-1123-001",
    brand: "acme-es",
    by: "lucia",
    subject: {
      kind: "comment",
      comment: {
        id: "ig-17912",
        text: "Tercera vez que @acme_es me promete entrega en 24 horas y el pedido llega dos días tarde. Pedido #4821. Estoy harta.",
        author: { handle: "@marta_viaja", followers: 48_200 },
        locale: "es-ES",
      },
    },
  },
  steps: [
    {
      minute: 1,
      note: {
        en: "A hurried reply before measuring is refused.",
        es: "Una respuesta con prisa, antes de medir, se rechaza.",
      },
      command: { type: "publish", by: "lucia", text: "Lo sentimos, lo revisamos." },
      expect: "phase_skipped",
    },
    {
      minute: 4,
      note: {
        en: "Measure: negative sentiment, no removal grounds, high reach, 37 similar comments in 3 hours.",
        es: "Medir: sentimiento negativo, ningún motivo de retirada, mucho alcance, 37 comentarios parecidos en 3 horas.",
      },
      command: {
        type: "measure",
        by: "lucia",
        measurement: {
          sentiment: { label: "negative", score: -0.78 },
          grounds: [],
          reach: { followers: 48_200 },
          history: { comments: 6, complaints: 2, removed: 0 },
          similar: { count: 37, windowMinutes: 180 },
        },
      },
      expect: "accepted",
    },
    {
      minute: 10,
      note: {
        en: "Three whys are not enough for a high-reach complaint: five are needed.",
        es: "Tres porqués no bastan para una queja con mucho alcance: hacen falta cinco.",
      },
      command: {
        type: "analyze",
        by: "lucia",
        analysis: {
          category: "complaint",
          whys: [
            {
              why: "¿Por qué llegó tarde el pedido #4821?",
              because: "Porque salió del almacén un día más tarde.",
            },
            {
              why: "¿Por qué salió un día más tarde?",
              because: "Porque no entró en la recogida del transportista.",
            },
            { why: "¿Por qué no entró en la recogida?", because: "Porque se confirmó a las 18:40." },
          ],
          rootCause: { statement: "El pedido se confirmó tarde.", owner: "logística" },
        },
      },
      expect: "chain_too_short",
    },
    {
      minute: 25,
      note: {
        en: "Five whys down to the root cause: the website's cut-off (20:00) was never updated to the carrier's (18:00).",
        es: "Cinco porqués hasta la causa raíz: la hora de corte de la web (20:00) nunca se actualizó a la del transportista (18:00).",
      },
      command: {
        type: "analyze",
        by: "lucia",
        analysis: {
          category: "complaint",
          whys: [
            {
              why: "¿Por qué llegó tarde el pedido #4821?",
              because: "Porque salió del almacén un día más tarde.",
            },
            {
              why: "¿Por qué salió un día más tarde?",
              because: "Porque no entró en la última recogida del transportista.",
            },
            {
              why: "¿Por qué no entró en la última recogida?",
              because: "Porque se confirmó a las 18:40 y el transportista recoge a las 18:00.",
            },
            {
              why: "¿Por qué se le prometió entrega en 24 horas?",
              because: "Porque la web promete 24 horas a todo pedido confirmado antes de las 20:00.",
            },
            {
              why: "¿Por qué la web corta a las 20:00?",
              because:
                "Porque esa hora se pactó con el transportista anterior y nadie la cambió cuando el nuevo adelantó su corte a las 18:00.",
            },
          ],
          rootCause: {
            statement:
              "La hora de corte de la web (20:00) no está sincronizada con la del transportista (18:00).",
            owner: "logística",
          },
        },
      },
      expect: "accepted",
    },
    {
      minute: 27,
      note: {
        en: "A first draft tells her to calm down and promises a delivery date, which an agent may not: the policy's verdict has an error, so the draft is refused.",
        es: "Un primer borrador le pide calma y promete una fecha de entrega, que un agente no puede prometer: el veredicto de la política tiene un error y el borrador se rechaza.",
      },
      command: {
        type: "draft",
        author: lucia,
        text: "Cálmese, Marta. Su pedido llegará mañana sin falta. ^LG",
      },
      expect: "draft_has_errors",
    },
    {
      minute: 28,
      note: {
        en: "Meditate: the draft is evaluated with the policy; its verdict travels with the command.",
        es: "Meditar: el borrador se evalúa con la política; su veredicto viaja con el comando.",
      },
      command: {
        type: "draft",
        author: lucia,
        text: reply,
      },
      expect: "accepted",
    },
    {
      minute: 29,
      note: {
        en: "The drafter cannot approve her own draft.",
        es: "Quien escribe el borrador no puede aprobarlo.",
      },
      command: { type: "approve", by: "lucia" },
      expect: "self_approval",
    },
    {
      minute: 30,
      note: {
        en: "Publishing before the review is refused.",
        es: "Publicar antes de la revisión se rechaza.",
      },
      command: { type: "publish", by: "lucia", text: reply },
      expect: "review_pending",
    },
    {
      minute: 31,
      note: { en: "A supervisor approves the draft.", es: "Una supervisora aprueba el borrador." },
      command: { type: "approve", by: "carmen", note: "Bien explicado, sin prometer fechas." },
      expect: "accepted",
    },
    {
      minute: 32,
      note: {
        en: "Seven minutes after the analysis: the 10-minute cool-down of a high-severity case is not over.",
        es: "Siete minutos después del análisis: el enfriamiento de 10 minutos de un caso grave no ha terminado.",
      },
      command: { type: "publish", by: "lucia", text: reply },
      expect: "cool_down",
    },
    {
      minute: 36,
      note: {
        en: "Act: the meditated draft is published as is, and the case closes.",
        es: "Actuar: se publica el borrador meditado tal cual y el caso se cierra.",
      },
      command: { type: "publish", by: "lucia", text: reply, postId: "ig-17912-r1" },
      expect: "accepted",
    },
  ],
};
