import type { DrillScript } from "../workflows/crisis/drill.js";

const lead = { actor: "jorge", role: "crisis-lead" } as const;
const cm = { actor: "marta", role: "community-manager" } as const;
const comms = { actor: "lucia", role: "communications" } as const;
const legal = { actor: "pablo", role: "legal" } as const;
const n = (en: string, es: string) => ({ en, es });

/**
 * Drill: a passenger data leak at an airline (brand `acme-air`), run against the standard protocol with
 * a scripted clock from 12 May 2026 09:00 UTC. It shows refusals (wrong role, unmet guard, empty slot,
 * missing approval, wrong state), deadlines met, one escalated (the holding statement comes late), and
 * the whole path to `closed`. Run it with `runDrill(standardProtocol, airlineDataLeakDrill)`.
 */
export const airlineDataLeakDrill = {
  id: "airline-data-leak",
  title: n("Airline passenger data leak", "Filtración de datos de pasajeros de una aerolínea"),
  crisisId: "acme-air-2026-05-12-data-leak",
  brand: "acme-air",
  start: Date.UTC(2026, 4, 12, 9, 0),
  open: { actor: "listening-bot", role: "community-manager", reason: "Daily listening" },
  steps: [
    {
      minute: 3,
      command: {
        type: "raise-alert",
        ...cm,
        reason: "Passengers post screenshots of other passengers' booking data",
        topics: ["filtración", "datos personales", "mis datos", "data leak", "personal data", "breach"],
      },
      note: n(
        "Listening spots a spike of complaints about leaked data.",
        "La escucha detecta un pico de quejas por datos filtrados.",
      ),
    },
    {
      minute: 6,
      command: { type: "start-assessment", ...lead },
      note: n("The crisis lead takes it.", "El responsable de crisis lo asume."),
    },
    {
      minute: 9,
      command: { type: "contain", ...cm },
      note: n(
        "The community manager tries to declare containment.",
        "La community manager intenta declarar la contención.",
      ),
    },
    {
      minute: 11,
      command: { type: "contain", ...lead },
      note: n(
        "Containment before setting a severity is refused.",
        "Contener sin fijar la severidad se rechaza.",
      ),
    },
    {
      minute: 14,
      command: {
        type: "set-severity",
        ...lead,
        severity: "sev1",
        reason: "Personal data exposed: legal risk (GDPR)",
      },
      note: n("Personal data exposed: critical.", "Datos personales expuestos: crítica."),
    },
    { minute: 16, command: { type: "assign-lead", ...lead, lead: "jorge" } },
    {
      minute: 18,
      command: { type: "contain", ...lead },
      note: n(
        "Promotions paused; 30 minutes for the holding statement.",
        "Promociones en pausa; 30 minutos para el mensaje de espera.",
      ),
    },
    {
      minute: 24,
      command: {
        type: "publish-holding-statement",
        ...comms,
        messageId: "holding-investigating",
        lang: "es",
        slots: { canal: "nuestra web" },
      },
      note: n("A slot is left empty.", "Queda un hueco sin rellenar."),
    },
    {
      minute: 52,
      command: {
        type: "publish-holding-statement",
        ...comms,
        messageId: "holding-investigating",
        lang: "es",
        slots: { canal: "nuestra web", fecha: "12 de mayo a las 14:00" },
      },
      note: n("The holding statement goes out late.", "El mensaje de espera sale tarde."),
    },
    { minute: 55, command: { type: "respond", ...lead } },
    {
      minute: 70,
      command: {
        type: "publish-statement",
        ...comms,
        messageId: "update-measures",
        lang: "es",
        slots: {
          que: "un error de configuración expuso datos de reservas",
          medidas: "cierre del acceso, aviso a la AEPD y a los afectados",
          enlace: "acme-air.example/aviso",
        },
      },
      note: n(
        "A critical statement needs communications and legal.",
        "Un comunicado crítico necesita a comunicación y a legal.",
      ),
    },
    { minute: 75, command: { type: "approve-statement", ...comms, messageId: "update-measures" } },
    { minute: 80, command: { type: "approve-statement", ...legal, messageId: "update-measures" } },
    {
      minute: 85,
      command: {
        type: "publish-statement",
        ...comms,
        messageId: "update-measures",
        lang: "es",
        slots: {
          que: "un error de configuración expuso datos de reservas",
          medidas: "cierre del acceso, aviso a la AEPD y a los afectados",
          enlace: "acme-air.example/aviso",
        },
      },
    },
    { minute: 240, command: { type: "recover", ...lead } },
    {
      minute: 250,
      command: { type: "close", ...lead },
      note: n("Closing skips the post-mortem: refused.", "Cerrar sin análisis posterior: rechazado."),
    },
    { minute: 255, command: { type: "resume-publishing", ...cm } },
    { minute: 260, command: { type: "resume-publishing", ...lead } },
    { minute: 265, command: { type: "start-post-mortem", ...lead } },
    {
      minute: 2880,
      command: {
        type: "record-lessons",
        ...lead,
        lessons: [
          { lesson: "Holding statement templates need pre-filled channels", owner: "lucia" },
          { lesson: "Legal on call during weekends", owner: "pablo" },
        ],
      },
    },
    { minute: 2890, command: { type: "close", ...lead } },
  ],
  endMinute: 2900,
} satisfies DrillScript;
