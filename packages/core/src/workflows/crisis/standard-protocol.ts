import { defineProtocol } from "./define-protocol.js";
import type { CrisisProtocol, CrisisProtocolInput } from "./protocol-schema.js";

const t = (en: string, es: string) => ({ en, es });

const input = {
  id: "standard",
  version: 1,
  name: t("Standard crisis protocol", "Protocolo de crisis estándar"),
  initial: "monitoring",
  roles: {
    "community-manager": { name: t("Community manager", "Community manager") },
    "crisis-lead": { name: t("Crisis lead", "Responsable de crisis") },
    communications: { name: t("Communications", "Comunicación") },
    legal: { name: t("Legal", "Legal") },
    executive: { name: t("Executive", "Dirección") },
  },
  severities: {
    sev3: {
      name: t("Minor", "Leve"),
      rank: 1,
      criteria: { minNegativeShare: 0.3, minVolumeRatio: 2 },
      approvals: ["communications"],
    },
    sev2: {
      name: t("Serious", "Grave"),
      rank: 2,
      criteria: { minReach: 100_000, minNegativeShare: 0.5, minVolumeRatio: 5, mediaPickup: true },
      approvals: ["communications"],
    },
    sev1: {
      name: t("Critical", "Crítica"),
      rank: 3,
      criteria: { minReach: 1_000_000, minVolumeRatio: 20, legalRisk: true, safetyRisk: true },
      approvals: ["communications", "legal"],
    },
  },
  states: {
    monitoring: {
      name: t("Monitoring", "Escucha"),
      description: t("Listening as usual.", "Escucha activa habitual."),
      active: false,
    },
    alert: {
      name: t("Alert", "Alerta"),
      description: t("A possible crisis was spotted.", "Se ha detectado una posible crisis."),
      rolesAllowed: ["crisis-lead", "communications"],
      deadlines: {
        acknowledge: {
          name: t("Start the assessment", "Empezar la evaluación"),
          minutes: 15,
          metBy: ["start-assessment", "dismiss-false-alarm"],
          escalation: { notify: ["crisis-lead", "executive"] },
        },
      },
    },
    assessment: {
      name: t("Assessment", "Evaluación"),
      description: t(
        "Set the severity and assign an incident lead.",
        "Fijar la severidad y asignar un responsable del incidente.",
      ),
      rolesAllowed: ["crisis-lead", "communications"],
      deadlines: {
        assess: {
          name: t("Finish the assessment", "Terminar la evaluación"),
          minutes: 30,
          metBy: ["contain", "dismiss-false-alarm"],
          escalation: { notify: ["executive"] },
        },
      },
    },
    containment: {
      name: t("Containment", "Contención"),
      description: t(
        "Holding statement out, scheduled promotion paused, only approved messages.",
        "Mensaje de espera publicado, promoción programada en pausa, solo mensajes aprobados.",
      ),
      rolesAllowed: ["crisis-lead", "communications"],
      deadlines: {
        "holding-statement": {
          name: t("Publish the holding statement", "Publicar el mensaje de espera"),
          minutes: 60,
          bySeverity: { sev1: 30, sev2: 45 },
          metBy: ["publish-holding-statement"],
          escalation: { notify: ["crisis-lead", "executive"] },
        },
      },
    },
    response: {
      name: t("Response", "Respuesta"),
      description: t(
        "Statements approved by the roles the severity requires.",
        "Comunicados aprobados por los roles que exige la severidad.",
      ),
      rolesAllowed: ["crisis-lead", "communications", "legal"],
      deadlines: {
        "first-statement": {
          name: t("Publish an approved statement", "Publicar un comunicado aprobado"),
          minutes: 240,
          bySeverity: { sev1: 60, sev2: 120 },
          metBy: ["publish-statement"],
          escalation: { notify: ["executive"] },
        },
      },
    },
    recovery: {
      name: t("Recovery", "Recuperación"),
      description: t(
        "Back to normal; publishing resumes when an authorised role says so.",
        "Vuelta a la normalidad; la publicación se reanuda cuando lo decide un rol autorizado.",
      ),
      rolesAllowed: ["crisis-lead", "communications"],
    },
    "post-mortem": {
      name: t("Post-mortem", "Análisis posterior"),
      description: t(
        "Lessons learnt, each with an owner.",
        "Lecciones aprendidas, cada una con responsable.",
      ),
      active: false,
      deadlines: {
        lessons: {
          name: t("Record the lessons", "Registrar las lecciones"),
          minutes: 10_080,
          metBy: ["close"],
          escalation: { notify: ["executive"] },
        },
      },
    },
    closed: { name: t("Closed", "Cerrada"), active: false, terminal: true },
  },
  transitions: {
    "raise-alert": {
      command: "raise-alert",
      from: ["monitoring"],
      to: "alert",
      roles: ["community-manager", "crisis-lead", "communications"],
      assign: ["topics"],
      effects: [{ kind: "notify", roles: ["crisis-lead"] }],
    },
    "start-assessment": {
      command: "start-assessment",
      from: ["alert"],
      to: "assessment",
      roles: ["crisis-lead"],
    },
    "set-severity": {
      command: "set-severity",
      from: ["assessment", "containment", "response"],
      roles: ["crisis-lead"],
      assign: ["severity"],
      effects: [{ kind: "notify-approvers" }],
    },
    "assign-lead": {
      command: "assign-lead",
      from: ["assessment", "containment", "response"],
      roles: ["crisis-lead", "executive"],
      assign: ["lead"],
    },
    "dismiss-false-alarm": {
      command: "dismiss-false-alarm",
      from: ["alert", "assessment"],
      to: "monitoring",
      roles: ["crisis-lead"],
      assign: ["clear"],
      reasonRequired: true,
    },
    contain: {
      command: "contain",
      from: ["assessment"],
      to: "containment",
      roles: ["crisis-lead"],
      guards: ["severity-set", "lead-assigned"],
      effects: [{ kind: "pause-publishing" }, { kind: "notify-approvers" }],
    },
    "publish-holding-statement": {
      command: "publish-holding-statement",
      from: ["containment"],
      roles: ["crisis-lead", "communications"],
      assign: ["holding-statement"],
    },
    respond: {
      command: "respond",
      from: ["containment"],
      to: "response",
      roles: ["crisis-lead"],
      guards: ["holding-statement-published"],
    },
    "approve-statement": {
      command: "approve-statement",
      from: ["response"],
      roles: ["communications", "legal", "executive"],
      assign: ["approval"],
    },
    "publish-statement": {
      command: "publish-statement",
      from: ["response"],
      roles: ["communications"],
      assign: ["statement"],
    },
    "de-escalate": {
      command: "de-escalate",
      from: ["containment", "response"],
      to: "recovery",
      roles: ["crisis-lead"],
      guards: ["holding-statement-published"],
      reasonRequired: true,
    },
    recover: {
      command: "recover",
      from: ["response"],
      to: "recovery",
      roles: ["crisis-lead"],
      guards: ["statement-published"],
    },
    reopen: {
      command: "reopen",
      from: ["recovery"],
      to: "containment",
      roles: ["crisis-lead"],
      reasonRequired: true,
      effects: [{ kind: "pause-publishing" }, { kind: "notify", roles: ["communications", "executive"] }],
    },
    "resume-publishing": {
      command: "resume-publishing",
      from: ["recovery"],
      roles: ["crisis-lead", "communications"],
      effects: [{ kind: "resume-publishing" }],
    },
    "start-post-mortem": {
      command: "start-post-mortem",
      from: ["recovery"],
      to: "post-mortem",
      roles: ["crisis-lead"],
      guards: ["publishing-resumed"],
      effects: [{ kind: "open-post-mortem" }],
    },
    "record-lessons": {
      command: "record-lessons",
      from: ["post-mortem"],
      roles: ["crisis-lead", "communications"],
      assign: ["lessons"],
    },
    close: {
      command: "close",
      from: ["post-mortem"],
      to: "closed",
      roles: ["crisis-lead"],
      guards: ["lessons-recorded"],
    },
  },
  messages: {
    "holding-investigating": {
      kind: "holding",
      states: ["containment", "response"],
      text: {
        en: "We are aware of the situation and are looking into it. We will share an update on {channel} before {date}.",
        es: "Conocemos la situación y la estamos investigando. Daremos más información en {canal} antes del {fecha}.",
      },
    },
    "holding-contact": {
      kind: "holding",
      states: ["containment", "response"],
      text: {
        en: "We are sorry for the trouble. Please write to us by private message so we can help you personally.",
        es: "Sentimos las molestias. Escríbanos por mensaje privado para que podamos ayudarle personalmente.",
      },
    },
    "update-measures": {
      kind: "statement",
      states: ["response", "recovery"],
      text: {
        en: "Update: {what}. We have taken these measures: {measures}. Full details at {link}.",
        es: "Actualización: {que}. Hemos tomado estas medidas: {medidas}. Toda la información en {enlace}.",
      },
    },
    "apology-resolved": {
      kind: "statement",
      states: ["response", "recovery"],
      text: {
        en: "We apologise for {what}. The issue has been resolved since {date}. Thank you for your patience.",
        es: "Pedimos disculpas por {que}. El problema está resuelto desde el {fecha}. Gracias por su paciencia.",
      },
    },
  },
} satisfies CrisisProtocolInput;

/** State ids of {@link standardProtocol}. */
export type StandardStateId =
  | "monitoring"
  | "alert"
  | "assessment"
  | "containment"
  | "response"
  | "recovery"
  | "post-mortem"
  | "closed";
/** Role ids of {@link standardProtocol}. */
export type StandardRoleId = "community-manager" | "crisis-lead" | "communications" | "legal" | "executive";
/** Severity ids of {@link standardProtocol}: `sev1` (critical) to `sev3` (minor). */
export type StandardSeverityId = "sev1" | "sev2" | "sev3";
/** Approved message ids of {@link standardProtocol}. */
export type StandardMessageId =
  | "holding-investigating"
  | "holding-contact"
  | "update-measures"
  | "apology-resolved";
/** Transition ids of {@link standardProtocol} (each named after its command). */
export type StandardTransitionId =
  | "raise-alert"
  | "start-assessment"
  | "set-severity"
  | "assign-lead"
  | "dismiss-false-alarm"
  | "contain"
  | "publish-holding-statement"
  | "respond"
  | "approve-statement"
  | "publish-statement"
  | "de-escalate"
  | "recover"
  | "reopen"
  | "resume-publishing"
  | "start-post-mortem"
  | "record-lessons"
  | "close";

// Compile-time check that the id unions above are exactly the keys of the data.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const idsMatch: [
  Same<keyof typeof input.states, StandardStateId>,
  Same<keyof typeof input.roles, StandardRoleId>,
  Same<keyof typeof input.severities, StandardSeverityId>,
  Same<keyof typeof input.messages, StandardMessageId>,
  Same<keyof typeof input.transitions, StandardTransitionId>,
] = [true, true, true, true, true];
void idsMatch;

/**
 * A protocol whose ids are known to the type checker: what `customizeProtocol` checks overrides against, and
 * what types commands (`CrisisCommandOf`): states `S`, roles `R`, severities `V`, messages `M`, transitions
 * `T` and their commands `C` (by default named like the transitions).
 */
export type TypedProtocol<
  S extends string,
  R extends string,
  V extends string,
  M extends string,
  T extends string,
  C extends string = T,
> = Omit<CrisisProtocol, "states" | "roles" | "severities" | "messages" | "transitions"> & {
  readonly states: Record<S, CrisisProtocol["states"][string]>;
  readonly roles: Record<R, CrisisProtocol["roles"][string]>;
  readonly severities: Record<V, CrisisProtocol["severities"][string]>;
  readonly messages: Record<M, CrisisProtocol["messages"][string]>;
  readonly transitions: Record<
    T,
    Omit<CrisisProtocol["transitions"][string], "command"> & { readonly command: C }
  >;
};

/** The type of {@link standardProtocol}. */
export type StandardProtocol = TypedProtocol<
  StandardStateId,
  StandardRoleId,
  StandardSeverityId,
  StandardMessageId,
  StandardTransitionId
>;

/**
 * The standard crisis protocol, in English and Spanish: monitoring → alert → assessment (severity set,
 * incident lead assigned) → containment (holding statement within the deadline, scheduled promotion
 * paused, approved-message library active) → response (statements approved by the roles the severity
 * requires: communications, plus legal at `sev1`) → recovery (publishing resumed by an authorised role)
 * → post-mortem (lessons with owners) → closed; plus the false-alarm path (alert or assessment back to
 * monitoring) and the de-escalation path (containment or response straight to recovery).
 *
 * @example
 * ```ts
 * import { standardProtocol, customizeProtocol } from "@normas/core";
 * const acme = customizeProtocol(standardProtocol, { id: "acme", deadlines: { containment: { "holding-statement": { minutes: 20 } } } });
 * ```
 *
 * @category Workflows
 */
export const standardProtocol: StandardProtocol = defineProtocol(input) as StandardProtocol;
